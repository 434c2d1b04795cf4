/** Collection names, one place, so CloudBase's console setup and the code agree. */
export const COLLECTIONS = {
  themes: 'themes',
  outreach: 'outreach',
  articles: 'articles',
  roles: 'roles',
  auditLogs: 'auditLogs',
  hazardReports: 'hazardReports',
  reportEvents: 'reportEvents',
  reportOutbox: 'reportOutbox',
  channels: 'channels',
  /** Per-day tracking-number counters and per-reporter daily limits. */
  reportCounters: 'reportCounters',
  /** traceId → report, for the late photo verdict. */
  reportMediaChecks: 'reportMediaChecks',
  /** 七进 activities, their check-ins (`${activityId}:${openid}`), sharded day counters, wrong-code counters. */
  activities: 'activities',
  checkins: 'checkins',
  activityStats: 'activityStats',
  checkinAttempts: 'checkinAttempts',
  /** 安全宣传咨询日 sign-up: events, their sessions/zones with seats, and one registration per person per session. */
  events: 'events',
  sessions: 'sessions',
  registrations: 'registrations',
  /** Single-use role invitations, by a keyed hash of the code (the code itself is never stored). */
  invites: 'invites',
  /** Per-person attempt counters of the rate-limited actions (`${action}:${openid}:${window}`). */
  rateLimits: 'rateLimits',
  /** 网络知识答题: the bank, rounds (graded once), one row per person per day per unit, the window, units' QR codes. */
  quizQuestions: 'quizQuestions',
  quizRounds: 'quizRounds',
  quizDays: 'quizDays',
  quizSettings: 'quizSettings',
  quizUnits: 'quizUnits',
} as const;
