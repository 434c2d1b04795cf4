export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/articles/index',
    'pages/me/index',
    'pages/themes/index',
    'pages/outreach/index',
    'pages/article/index',
    'pages/privacy/index',
    'pages/my-data/index',
    'pages/activity/index',
    'pages/my-checkins/index',
    'pages/event/index',
    'pages/events/index',
    'pages/registrations/index',
  ],
  subPackages: [
    {
      root: 'packageOrganizer',
      name: 'organizer',
      pages: [
        'pages/article-edit/index',
        'pages/activities/index',
        'pages/activity-edit/index',
        'pages/activity-live/index',
        'pages/activity-stats/index',
        'pages/event-edit/index',
        'pages/event-admin/index',
        'pages/quiz-admin/index',
        'pages/quiz-question/index',
        'pages/event-poster/index',
        'pages/theme-edit/index',
      ],
    },
    {
      // 随手拍 and its follow-up: a citizen's own subpackage keeps the main package
      // within budget; home and 我的 preload it, so the tap opens at once.
      root: 'packageReport',
      name: 'report',
      pages: ['pages/report/index', 'pages/report-done/index', 'pages/my-reports/index'],
    },
    {
      root: 'packageQuiz',
      name: 'quiz',
      pages: ['pages/quiz/index'],
    },
    {
      root: 'packageHandler',
      name: 'handler',
      pages: ['pages/queue/index', 'pages/report/index', 'pages/overview/index'],
    },
    {
      root: 'packageAdmin',
      name: 'admin',
      pages: ['pages/invites/index', 'pages/roles/index', 'pages/invite/index'],
    },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['report'] },
    'pages/me/index': { network: 'all', packages: ['report'] },
  },
  // The platform's privacy flow (always on since 2023-10) and the private APIs we declare.
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  // wx.getLocation asks with this reason: a geofenced 七进 check-in.
  permission: { 'scope.userLocation': { desc: '用于确认您在“七进”活动现场签到' } },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '安全生产月',
    navigationBarTextStyle: 'white',
    // weapp's default already; Taro H5 draws its title bar (title and back button) only when told.
    navigationStyle: 'default',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      // Drawn by scripts/tabbar-icons.ts; without icons H5 shows empty image boxes.
      {
        pagePath: 'pages/home/index',
        text: '主题',
        iconPath: 'assets/tabbar/theme.png',
        selectedIconPath: 'assets/tabbar/theme-active.png',
      },
      {
        pagePath: 'pages/articles/index',
        text: '安全知识',
        iconPath: 'assets/tabbar/knowledge.png',
        selectedIconPath: 'assets/tabbar/knowledge-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
});
