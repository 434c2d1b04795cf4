import { empty } from '@domain/common/validation';
import { audit } from '../../core/audit';
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
    run: async (_input, { caller }) => ({ openid: caller.openid, roles: caller.roles, unit: caller.unit }),
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
