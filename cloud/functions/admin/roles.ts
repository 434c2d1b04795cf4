import { AppError } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import type { RoleRecord } from '@domain/roles/roles';
import { withoutRole } from '@domain/roles/invites';
import { grantRoleInput, revokeRoleInput } from '@domain/roles/schemas';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import { writeGrant } from './grants';

const listRoles = action({
  role: 'admin',
  input: empty,
  run: async (_input, { runtime }) =>
    runtime.store.find<RoleRecord>(COLLECTIONS.roles, {}, { orderBy: [['updatedAt', 'desc']] }),
});

/** A direct grant by openid, for an admin who knows it; invitations are the usual way in. */
const grantRole = action({
  role: 'admin',
  input: grantRoleInput,
  async run(input, ctx) {
    const { store, clock } = ctx.runtime;
    const before = await store.get<RoleRecord>(COLLECTIONS.roles, input.openid);
    const record = await store.transaction((tx) => writeGrant(tx, input.openid, input, ctx.caller.openid, clock.now()));
    await audit(ctx, 'admin.grantRole', input.openid, { from: before?.roles ?? [], to: record.roles });
    return record;
  },
});

const revokeRole = action({
  role: 'admin',
  input: revokeRoleInput,
  async run({ openid, role }, ctx) {
    const { store, clock, config } = ctx.runtime;
    if (role === 'admin' && config.adminOpenids.includes(openid)) {
      throw new AppError('conflict', '这位管理员由部署配置 ADMIN_OPENIDS 指定，请在配置中移除');
    }
    const before = await store.get<RoleRecord>(COLLECTIONS.roles, openid);
    if (!before?.roles.includes(role)) throw new AppError('not_found', '此人没有这个身份');
    const record = await store.transaction((tx) =>
      writeGrant(tx, openid, withoutRole(before, role), ctx.caller.openid, clock.now()),
    );
    await audit(ctx, 'admin.revokeRole', openid, { from: before.roles, to: record.roles });
    return record;
  },
});

export const roleActions = { listRoles, grantRole, revokeRole };
