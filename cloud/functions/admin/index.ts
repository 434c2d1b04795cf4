import { empty } from '@domain/common/validation';
import type { RoleRecord } from '@domain/roles/roles';
import { grantRoleInput } from '@domain/roles/schemas';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, defineFunction } from '../../core/router';
import { seedContent } from '../../core/seed-content';

/** The caller's own account, role grants, and first-deploy content import. Invitations come with the roles issue. */
export const admin = defineFunction('admin', {
  me: action({
    role: 'citizen',
    input: empty,
    run: async (_input, { caller }) => ({ openid: caller.openid, roles: caller.roles, unit: caller.unit }),
  }),

  listRoles: action({
    role: 'admin',
    input: empty,
    run: async (_input, { runtime }) =>
      runtime.store.find<RoleRecord>(COLLECTIONS.roles, {}, { orderBy: [['updatedAt', 'desc']] }),
  }),

  grantRole: action({
    role: 'admin',
    input: grantRoleInput,
    async run(input, ctx) {
      const { store, clock } = ctx.runtime;
      const record: RoleRecord = {
        _id: input.openid,
        roles: [...new Set(input.roles)].filter((r) => r !== 'citizen'),
        ...(input.unit ? { unit: input.unit } : {}),
        ...(input.channels ? { channels: input.channels } : {}),
        grantedBy: ctx.caller.openid,
        updatedAt: clock.now(),
      };
      const before = await store.get<RoleRecord>(COLLECTIONS.roles, input.openid);
      await store.transaction(async (tx) => {
        if (!(await tx.insert(COLLECTIONS.roles, record))) {
          await tx.update(COLLECTIONS.roles, record._id, {
            set: { ...record, unit: record.unit ?? null, channels: record.channels ?? null },
          });
        }
      });
      await audit(ctx, 'admin.grantRole', input.openid, { from: before?.roles ?? [], to: record.roles });
      return record;
    },
  }),

  importContent: action({
    role: 'admin',
    input: empty,
    async run(_input, ctx) {
      const result = await seedContent(ctx.runtime.store, ctx.runtime.clock.now());
      await audit(ctx, 'admin.importContent', 'content', result);
      return result;
    },
  }),
});
