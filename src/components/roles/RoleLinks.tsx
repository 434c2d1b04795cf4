import type { Role } from '@domain/roles/roles';
import { ListGroup, ListRow } from '@/components/list/ListRow';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: accepting an invitation for everyone; inviting and revoking for admins. */
export function RoleLinks({ roles }: { roles: Role[] }) {
  return (
    <ListGroup title='身份与权限'>
      {roles.includes('admin') && (
        <ListRow id='open-invites' icon='权' tone='purple' title='邀请与权限管理' onClick={() => go(routes.invites)} />
      )}
      <ListRow id='open-invite' icon='邀' tone='purple' title='我有邀请码' onClick={() => go(routes.invite)} />
    </ListGroup>
  );
}
