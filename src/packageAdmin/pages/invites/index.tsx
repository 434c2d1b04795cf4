import { chinaTime } from '@domain/common/china-time';
import { View, Text } from '@tarojs/components';
import { channelNames } from '@domain/reports/channels';
import { INVITE_STATE_LABELS, type InviteView } from '@domain/roles/invites';
import { ROLE_LABELS } from '@domain/roles/roles';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { confirmThen } from '@/services/confirm';
import { go, routes } from '@/services/navigation';
import { CreatedInviteCard } from '../../components/CreatedInviteCard';
import { InviteFormCard } from '../../components/InviteFormCard';
import { useInviteForm } from '../../hooks/useInviteForm';
import '../admin.scss';

/** 邀请与权限: single-use codes for organizers and handlers, and the ones still open to revoke. */
export default function InvitesPage() {
  const invites = useRemote(() => callFunction('admin', 'listInvites'), []);
  const editor = useInviteForm(() => void invites.reload());

  const revoke = async (invite: InviteView) => {
    const modal = {
      title: '撤销邀请码',
      content: `撤销后“${invite.note}”将无法使用尾号 ${invite.hint} 的邀请码。`,
      confirmText: '撤销',
    };
    if (await confirmThen(modal, () => callFunction('admin', 'revokeInvite', { id: invite._id }))) {
      await invites.reload();
    }
  };

  return (
    <View className='page'>
      {editor.created ? (
        <CreatedInviteCard created={editor.created} onDone={editor.dismiss} />
      ) : (
        <InviteFormCard editor={editor} />
      )}
      <View className='card'>
        <View className='link' id='open-roles' onClick={() => go(routes.roles)}>
          已授权人员与撤销 ›
        </View>
      </View>
      <PageState remote={invites} isEmpty={(l) => l.length === 0} emptyText='还没有邀请码'>
        {(list) =>
          list.map((i) => (
            <View key={i._id} className='card invite-row' id={`invite-${i.hint}`}>
              <View className='invite-row__head'>
                <Text className='invite-row__who'>
                  {i.note} · {ROLE_LABELS[i.role]}
                </Text>
                <Text className={`invite-row__state invite-row__state--${i.state}`}>
                  {INVITE_STATE_LABELS[i.state]}
                </Text>
              </View>
              <Text className='muted'>
                {i.unit ?? channelNames(i.channels)} · 尾号 {i.hint} · {chinaTime(i.expiresAt)} 前有效
              </Text>
              {i.state === 'open' && (
                <View className='link' id={`revoke-invite-${i.hint}`} onClick={() => void revoke(i)}>
                  撤销
                </View>
              )}
            </View>
          ))
        }
      </PageState>
    </View>
  );
}
