/** Who may do what. Every caller is a citizen; the other roles are granted. */
export const ROLES = ['citizen', 'organizer', 'handler', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  citizen: '群众',
  organizer: '活动组织者',
  handler: '隐患处理人员',
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
  grantedBy: string;
  updatedAt: number;
}

export interface Caller {
  openid: string;
  roles: Role[];
  unit?: string;
  channels?: string[];
}

/** Admins can act in every role; that keeps the role checks one-dimensional. */
export function hasRole(caller: Pick<Caller, 'roles'>, role: Role): boolean {
  return role === 'citizen' || caller.roles.includes(role) || caller.roles.includes('admin');
}
