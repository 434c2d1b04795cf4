import { empty } from '@domain/common/validation';
import type { RoleRecord } from '@domain/roles/roles';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, defineFunction } from '../../core/router';
import { seedContent } from '../../core/seed-content';
import { inviteActions } from './invites';
import { reconcileActions } from './reconcile';
import { roleActions } from './roles';

/** The caller's own account, roles and invitations, and the first deploy's content import. */
export const admin = defineFunction('admin', {
  me: action({
    role: 'citizen',
    input: empty,
    async run(_input, { caller, runtime }) {
      const record = caller.roles.length ? await runtime.store.get<RoleRecord>(COLLECTIONS.roles, caller.openid) : null;
      return {
        openid: caller.openid,
        roles: caller.roles,
        unit: caller.unit,
        ...(caller.channels?.length ? { channels: caller.channels } : {}),
        ...(record?.name ? { name: record.name } : {}),
      };
    },
  }),

  ...roleActions,
  ...inviteActions,
  ...reconcileActions,

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
