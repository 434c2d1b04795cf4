import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { Me } from '@domain/api';
import { channelNames } from '@domain/reports/channels';
import { ROLE_BADGES } from '@domain/roles/roles';
import { DevSignIn } from '@/components/DevSignIn';
import { PageState } from '@/components/PageState';
import { ListGroup, ListRow } from '@/components/list/ListRow';
import { ReportLinks } from '@/components/report/ReportLinks';
import { CheckinLinks } from '@/components/checkin/CheckinLinks';
import { EventLinks } from '@/components/event/EventLinks';
import { RoleLinks } from '@/components/roles/RoleLinks';
import { useMe } from '@/hooks/useMe';
import { go, routes } from '@/services/navigation';
import './index.scss';

/** Who I am here: a placeholder avatar, my role badges, and what I am responsible for. */
function Header({ m }: { m: Me }) {
  const badges = m.roles.length === 0 ? [ROLE_BADGES.citizen] : m.roles.map((r) => ROLE_BADGES[r]);
  return (
    <View className='me-header'>
      <View className='me-header__avatar' aria-hidden>
        <View className='me-header__head' />
        <View className='me-header__body' />
      </View>
      <View className='me-header__text'>
        <Text className='me-header__name'>{m.name ?? '微信用户'}</Text>
        <View className='me-header__badges' id='my-roles'>
          {badges.map((b) => (
            <Text key={b} className='me-header__badge'>
              {b}
            </Text>
          ))}
        </View>
        {m.unit && <Text className='me-header__scope'>所属单位：{m.unit}</Text>}
        {m.channels && m.channels.length > 0 && (
          <Text className='me-header__scope' id='my-channels'>
            负责渠道：{channelNames(m.channels)}
          </Text>
        )}
      </View>
    </View>
  );
}

export default function MePage() {
  const me = useMe();
  useDidShow(() => {
    if (me.data) void me.reload();
  });
  const roles = me.data?.roles ?? [];

  return (
    <View className='page me'>
      <PageState remote={me}>{(m) => <Header m={m} />}</PageState>
      <ReportLinks roles={roles} />
      <EventLinks roles={roles} />
      <CheckinLinks roles={roles} />
      <ListGroup title='个人信息保护'>
        <ListRow id='open-privacy' icon='隐' tone='blue' title='隐私保护指引' onClick={() => go(routes.privacy)} />
        <ListRow id='open-my-data' icon='删' tone='grey' title='删除我的数据' onClick={() => go(routes.myData)} />
      </ListGroup>
      <RoleLinks roles={roles} />
      <DevSignIn onChange={() => void me.reload()} />
    </View>
  );
}
