/** Collection names, one place, so CloudBase's console setup and the code agree. */
export const COLLECTIONS = {
  themes: 'themes',
  outreach: 'outreach',
  articles: 'articles',
  roles: 'roles',
  auditLogs: 'auditLogs',
} as const;
