/** Who may do what. Every caller is a citizen; the other roles are granted. */
export const ROLES = ['citizen', 'organizer', 'handler', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  citizen: '群众',
  organizer: '活动组织者',
  handler: '隐患处理人员',
  admin: '管理员',
};

/** The short badge in the 我的 header, in the words a resident would use. */
export const ROLE_BADGES: Record<Role, string> = {
  citizen: '群众',
  organizer: '组织者',
  handler: '处置人员',
  admin: '管理员',
};

/** A stored grant: `_id` is the openid, so one person has one role record. */
export interface RoleRecord {
  _id: string;
  roles: Role[];
  /** The unit an organizer belongs to (e.g. 某某街道办). */
  unit?: string;
  /** Channel ids a handler works for. */
  channels?: string[];
  /** The name the person is known by: the 受邀人 of the invitation they redeemed. */
  name?: string;
  grantedBy: string;
  updatedAt: number;
}

export interface Caller {
  openid: string;
  roles: Role[];
  unit?: string;
  channels?: string[];
}

/**
 * How a person who acted on something is named on screen: the name they were
 * invited under, else their role; never the openid.
 */
export function personLabel(actor: string, record?: Pick<RoleRecord, 'roles' | 'name'> | null): string {
  if (actor === 'reporter') return '举报人';
  if (actor === 'system') return '系统';
  if (record?.name) return record.name;
  const role = (['admin', 'handler', 'organizer'] as const).find((r) => record?.roles.includes(r));
  return role ? ROLE_LABELS[role] : '工作人员';
}

/** Admins can act in every role; that keeps the role checks one-dimensional. */
export function hasRole(caller: Pick<Caller, 'roles'>, role: Role): boolean {
  return role === 'citizen' || caller.roles.includes(role) || caller.roles.includes('admin');
}
