// No Taro import: the screenshot script and the e2e route walk read this table in Node.
/** Every in-app route in one place, so a page is renamed once. */
export const routes = {
  home: '/pages/home/index',
  articles: '/pages/articles/index',
  me: '/pages/me/index',
  themes: '/pages/themes/index',
  outreach: '/pages/outreach/index',
  privacy: '/pages/privacy/index',
  myData: '/pages/my-data/index',
  article: (id: string) => `/pages/article/index?id=${encodeURIComponent(id)}`,
  newArticle: '/packageOrganizer/pages/article-edit/index',
  editArticle: (id: string) => `/packageOrganizer/pages/article-edit/index?id=${encodeURIComponent(id)}`,
  /** Without an id: the years to pick from. */
  editTheme: (id?: string) => `/packageOrganizer/pages/theme-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  report: '/packageReport/pages/report/index',
  myReports: '/packageReport/pages/my-reports/index',
  reportDone: (id: string) => `/packageReport/pages/report-done/index?id=${encodeURIComponent(id)}`,
  handlerQueue: '/packageHandler/pages/queue/index',
  handlerReport: (id: string) => `/packageHandler/pages/report/index?id=${encodeURIComponent(id)}`,
  handlerOverview: '/packageHandler/pages/overview/index',
  checkIn: '/pages/activity/index',
  myCheckins: '/pages/my-checkins/index',
  organizerActivities: '/packageOrganizer/pages/activities/index',
  editActivity: (id?: string) =>
    `/packageOrganizer/pages/activity-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  activityLive: (id: string) => `/packageOrganizer/pages/activity-live/index?id=${encodeURIComponent(id)}`,
  activityStats: '/packageOrganizer/pages/activity-stats/index',
  event: (id: string) => `/pages/event/index?id=${encodeURIComponent(id)}`,
  events: '/pages/events/index',
  registrations: '/pages/registrations/index',
  editEvent: (id?: string) => `/packageOrganizer/pages/event-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  eventAdmin: (id?: string) => `/packageOrganizer/pages/event-admin/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  eventPoster: (id: string) => `/packageOrganizer/pages/event-poster/index?id=${encodeURIComponent(id)}`,
  invites: '/packageAdmin/pages/invites/index',
  roles: '/packageAdmin/pages/roles/index',
  invite: '/packageAdmin/pages/invite/index',
  /** 网络知识答题; a unit's QR opens it with its `scene`. */
  quiz: (scene?: string) => `/packageQuiz/pages/quiz/index${scene ? `?scene=${encodeURIComponent(scene)}` : ''}`,
  quizAdmin: '/packageOrganizer/pages/quiz-admin/index',
  quizQuestion: (id?: string) =>
    `/packageOrganizer/pages/quiz-question/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
};
