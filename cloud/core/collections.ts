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
} as const;
