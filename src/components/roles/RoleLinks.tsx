import { View } from '@tarojs/components';
import type { Role } from '@domain/roles/roles';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: accepting an invitation for everyone; inviting and revoking for admins. */
export function RoleLinks({ roles }: { roles: Role[] }) {
  return (
    <View className='card'>
      {roles.includes('admin') && (
        <View className='link' id='open-invites' onClick={() => go(routes.invites)}>
          邀请与权限管理 ›
        </View>
      )}
      <View className='link' id='open-invite' onClick={() => go(routes.invite)}>
        我有邀请码 ›
      </View>
    </View>
  );
}
