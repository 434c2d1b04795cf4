import { randomInt } from 'node:crypto';
import { AppError, notFound } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { channelById } from '@domain/reports/channels';
import {
  grantOf,
  INVITE_RULES,
  inviteState,
  normalizeInviteCode,
  redeemRefusal,
  WRONG_INVITE_CODE,
  type Invite,
  type InviteView,
} from '@domain/roles/invites';
import type { RoleRecord } from '@domain/roles/roles';
import { createInviteInput, inviteIdInput, redeemInviteInput } from '@domain/roles/schemas';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { keyedHash } from '../../core/keys';
import { spendAttempt } from '../../core/rate-limit';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { writeGrant } from './grants';

/** The page an invitation's QR opens; the code is its scene. */
export const INVITE_PAGE = 'packageAdmin/pages/invite/index';

const DAY = 24 * 60 * 60 * 1000;

function newCode(): string {
  const { alphabet, length } = INVITE_RULES;
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

const inviteIdOf = (runtime: Runtime, code: string) =>
  keyedHash(runtime.config.signingSecret, 'invite', code).slice(0, 32);

/** The list shows what an invitation is and where it stands, not who made or used it (that is in the audit log). */
function toView(invite: Invite, now: number): InviteView {
  const { _id, role, unit, channels, note, hint, status, createdAt, expiresAt, usedAt, revokedAt } = invite;
  return {
    _id,
    role,
    ...(unit ? { unit } : {}),
    ...(channels ? { channels } : {}),
    note,
    hint,
    status,
    createdAt,
    expiresAt,
    ...(usedAt ? { usedAt } : {}),
    ...(revokedAt ? { revokedAt } : {}),
    state: inviteState(invite, now),
  };
}

function checkChannels(ids: string[]): void {
  const missing = ids.filter((id) => !channelById(id));
  if (missing.length)
    throw new AppError('invalid_input', `没有这个渠道：${missing.join('、')}`, { channels: '渠道不存在' });
}

/** The code is shown once, here: only its keyed hash is stored. */
const createInvite = action({
  role: 'admin',
  input: createInviteInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    if (input.role === 'handler') checkChannels(input.channels ?? []);
    const now = runtime.clock.now();
    const code = newCode();
    const invite: Invite = {
      _id: inviteIdOf(runtime, code),
      role: input.role,
      ...(input.role === 'organizer' ? { unit: input.unit } : { channels: [...new Set(input.channels)] }),
      note: input.note,
      hint: code.slice(-3),
      status: 'open',
      createdBy: caller.openid,
      createdAt: now,
      expiresAt: now + input.validDays * DAY,
    };
    if (!(await runtime.store.insert(COLLECTIONS.invites, invite))) {
      throw new AppError('conflict', '生成邀请码时发生冲突，请重试');
    }
    const png = await runtime.qrcodes.create({ page: INVITE_PAGE, scene: code });
    await audit(ctx, 'admin.createInvite', invite._id, {
      role: invite.role,
      unit: invite.unit,
      channels: invite.channels,
    });
    return { invite: toView(invite, now), code, qrDataUrl: `data:image/png;base64,${png.toString('base64')}` };
  },
});

const listInvites = action({
  role: 'admin',
  input: empty,
  async run(_input, { runtime }) {
    const now = runtime.clock.now();
    const invites = await runtime.store.find<Invite>(
      COLLECTIONS.invites,
      {},
      { orderBy: [['createdAt', 'desc']], limit: 200 },
    );
    return invites.map((i) => toView(i, now));
  },
});

const revokeInvite = action({
  role: 'admin',
  input: inviteIdInput,
  async run({ id }, ctx) {
    const { store, clock } = ctx.runtime;
    const now = clock.now();
    const revoked = await store.update(
      COLLECTIONS.invites,
      id,
      { set: { status: 'revoked', revokedBy: ctx.caller.openid, revokedAt: now } },
      { status: 'open' },
    );
    const invite = await store.get<Invite>(COLLECTIONS.invites, id);
    if (!invite) throw notFound('邀请');
    if (!revoked)
      throw new AppError('conflict', `这个邀请码${invite.status === 'used' ? '已被使用' : '已撤销'}，无法撤销`);
    await audit(ctx, 'admin.revokeInvite', id, { role: invite.role });
    return toView(invite, now);
  },
});

/**
 * Any signed-in person may try a code; every try spends the hourly budget, so
 * codes cannot be guessed. The guarded update makes a code single-use even when
 * two people redeem it at the same moment.
 */
const redeemInvite = action({
  role: 'citizen',
  input: redeemInviteInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    await spendAttempt(runtime, 'redeemInvite', caller.openid);
    const id = inviteIdOf(runtime, normalizeInviteCode(input.code));
    const now = runtime.clock.now();
    const invite = await runtime.store.get<Invite>(COLLECTIONS.invites, id);
    // Not invalid_input: the try was counted against the budget, so the call did write.
    if (!invite) throw new AppError('not_found', WRONG_INVITE_CODE, { code: WRONG_INVITE_CODE });
    const refusal = redeemRefusal(invite, now);
    if (refusal) throw new AppError('conflict', refusal);
    const before = await runtime.store.get<RoleRecord>(COLLECTIONS.roles, caller.openid);
    const record = await runtime.store.transaction(async (tx) => {
      const taken = await tx.update(
        COLLECTIONS.invites,
        id,
        { set: { status: 'used', usedBy: caller.openid, usedAt: now } },
        { status: 'open', expiresAt: { $gt: now } },
      );
      if (!taken) throw new AppError('conflict', '这个邀请码已被使用，每个邀请码只能使用一次');
      const current = await tx.get<RoleRecord>(COLLECTIONS.roles, caller.openid);
      return writeGrant(tx, caller.openid, grantOf(current, invite), `invite:${id}`, now);
    });
    await audit(ctx, 'admin.redeemInvite', caller.openid, { invite: id, from: before?.roles ?? [], to: record.roles });
    return { openid: caller.openid, roles: record.roles, unit: record.unit };
  },
});

export const inviteActions = { createInvite, listInvites, revokeInvite, redeemInvite };
