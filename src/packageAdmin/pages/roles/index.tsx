import { View, Text } from '@tarojs/components';
import { channelNames } from '@domain/reports/channels';
import { ROLE_LABELS, type Role, type RoleRecord } from '@domain/roles/roles';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { confirmThen } from '@/services/confirm';
import '../admin.scss';

/** People are named by the name they gave on their invitation, never by openid. */
const nameOf = (r: RoleRecord) => r.name ?? '未留姓名的用户';

/** What each role covers, for the line under it. */
const scopeOf = (r: RoleRecord, role: Role) =>
  role === 'organizer' ? r.unit : role === 'handler' ? channelNames(r.channels) : undefined;

/** Everyone holding a role, and taking one away; each change is in the audit log. */
export default function RolesPage() {
  const roles = useRemote(() => callFunction('admin', 'listRoles'), []);

  const revoke = async (record: RoleRecord, role: Role) => {
    const modal = {
      title: `撤销${ROLE_LABELS[role]}身份`,
      content: `${nameOf(record)}将立即失去${ROLE_LABELS[role]}的全部权限。`,
      confirmText: '撤销',
    };
    if (await confirmThen(modal, () => callFunction('admin', 'revokeRole', { openid: record._id, role }))) {
      await roles.reload();
    }
  };

  return (
    <View className='page'>
      <PageState
        remote={roles}
        isEmpty={(l) => l.every((r) => r.roles.length === 0)}
        emptyText='还没有授权任何人，请先发出邀请码'
      >
        {(list) =>
          list
            .filter((r) => r.roles.length > 0)
            .map((r) => (
              <View key={r._id} className='card'>
                <Text className='section-title'>{nameOf(r)}</Text>
                {r.roles.map((role) => (
                  <View key={role} className='role-row'>
                    <View className='role-row__text'>
                      <Text>{ROLE_LABELS[role]}</Text>
                      {scopeOf(r, role) && <Text className='muted'>{scopeOf(r, role)}</Text>}
                    </View>
                    <View className='link' id={`revoke-${role}-${r._id}`} onClick={() => void revoke(r, role)}>
                      撤销
                    </View>
                  </View>
                ))}
              </View>
            ))
        }
      </PageState>
    </View>
  );
}
