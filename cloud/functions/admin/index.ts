import { empty } from '@domain/common/validation';
import { action, defineFunction } from '../../core/router';

/** Roles and the caller's own account. Invitations and grants arrive with the roles issue. */
export const admin = defineFunction('admin', {
  me: action({
    role: 'citizen',
    input: empty,
    run: async (_input, { caller }) => ({ openid: caller.openid, roles: caller.roles, unit: caller.unit }),
  }),
});
