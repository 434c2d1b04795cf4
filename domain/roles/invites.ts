import type { Role, RoleRecord } from './roles';

/** The roles an invitation can carry; admins are named in configuration or granted by an admin directly. */
export const INVITE_ROLES = ['organizer', 'handler'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export const INVITE_RULES = {
  /** Unambiguous characters only (no 0/O, 1/I/L), so a code read aloud or typed from paper works. */
  alphabet: '23456789ABCDEFGHJKMNPQRSTUVWXYZ',
  length: 10,
  defaultDays: 7,
  maxDays: 30,
  noteMax: 40,
} as const;

export type InviteStatus = 'open' | 'used' | 'revoked';
export type InviteState = InviteStatus | 'expired';

/** Stored by a keyed hash of the code, so the collection holds nothing anyone can redeem. */
export interface Invite {
  _id: string;
  role: InviteRole;
  unit?: string;
  channels?: string[];
  /** Who it is meant for, in the admin's words (e.g. 城南社区 王主任). */
  note: string;
  /** The code's last characters, to tell invitations apart in the list. */
  hint: string;
  status: InviteStatus;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedBy?: string;
  usedAt?: number;
  revokedBy?: string;
  revokedAt?: number;
}

export type InviteView = Omit<Invite, 'usedBy' | 'createdBy' | 'revokedBy'> & { state: InviteState };

export function inviteState(invite: Pick<Invite, 'status' | 'expiresAt'>, now: number): InviteState {
  return invite.status === 'open' && invite.expiresAt <= now ? 'expired' : invite.status;
}

export const INVITE_STATE_LABELS: Record<InviteState, string> = {
  open: '待使用',
  used: '已使用',
  revoked: '已撤销',
  expired: '已过期',
};

export const WRONG_INVITE_CODE = '邀请码不正确，请核对后重新输入';

/** Why an invitation cannot be redeemed, in the words the person who typed it needs; null when it can. */
export function redeemRefusal(invite: Pick<Invite, 'status' | 'expiresAt'>, now: number): string | null {
  const state = inviteState(invite, now);
  if (state === 'used') return '这个邀请码已被使用，每个邀请码只能使用一次';
  if (state === 'revoked') return '这个邀请码已被管理员撤销';
  if (state === 'expired') return '这个邀请码已过期，请联系管理员重新邀请';
  return null;
}

/** Upper case without spaces or dashes: how codes are written on paper is not how they are compared. */
export function normalizeInviteCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** For reading aloud and typing: 10 characters in groups of 5 with a dash. */
export function formatInviteCode(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1-');
}

/**
 * The grant an invitation adds to what a person already holds: an organizer
 * belongs to one unit (the invitation's replaces any earlier one); a handler
 * adds the invitation's channels to theirs.
 */
export function grantOf(
  current: Pick<RoleRecord, 'roles' | 'unit' | 'channels' | 'name'> | null,
  invite: Pick<Invite, 'role' | 'unit' | 'channels'> & { note?: string },
): { roles: Role[]; unit?: string; channels?: string[]; name?: string } {
  const roles = [...new Set([...(current?.roles ?? []), invite.role])];
  const unit = invite.role === 'organizer' ? invite.unit : current?.unit;
  const channels =
    invite.role === 'handler'
      ? [...new Set([...(current?.channels ?? []), ...(invite.channels ?? [])])]
      : current?.channels;
  // The 受邀人 the admin wrote carries to the role, so lists and 处理记录 name the person.
  const name = invite.note?.trim() || current?.name;
  return { roles, ...(unit ? { unit } : {}), ...(channels?.length ? { channels } : {}), ...(name ? { name } : {}) };
}

/** What remains after one role is taken away; the unit or channels go with the role they belong to. */
export function withoutRole(
  current: Pick<RoleRecord, 'roles' | 'unit' | 'channels'>,
  role: Role,
): { roles: Role[]; unit?: string; channels?: string[] } {
  const roles = current.roles.filter((r) => r !== role);
  const unit = role === 'organizer' ? undefined : current.unit;
  const channels = role === 'handler' ? undefined : current.channels;
  return { roles, ...(unit ? { unit } : {}), ...(channels?.length ? { channels } : {}) };
}
