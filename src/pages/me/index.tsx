import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { ROLE_LABELS } from '@domain/roles/roles';
import { DevSignIn } from '@/components/DevSignIn';
import { PageState } from '@/components/PageState';
import { ReportLinks } from '@/components/report/ReportLinks';
import { CheckinLinks } from '@/components/checkin/CheckinLinks';
import { EventLinks } from '@/components/event/EventLinks';
import { RoleLinks } from '@/components/roles/RoleLinks';
import { useMe } from '@/hooks/useMe';
import { go, routes } from '@/services/navigation';
import './index.scss';

export default function MePage() {
  const me = useMe();
  useDidShow(() => {
    if (me.data) void me.reload();
  });

  return (
    <View className='page'>
      <PageState remote={me}>
        {(m) => (
          <View className='card me'>
            <Text className='section-title'>我的身份</Text>
            <View className='me__roles' id='my-roles'>
              {m.roles.length === 0 ? (
                <Text>{ROLE_LABELS.citizen}</Text>
              ) : (
                m.roles.map((r) => <Text key={r}>{ROLE_LABELS[r]}</Text>)
              )}
            </View>
            {m.unit && <Text className='muted'>所属单位：{m.unit}</Text>}
          </View>
        )}
      </PageState>
      <ReportLinks roles={me.data?.roles ?? []} />
      <CheckinLinks roles={me.data?.roles ?? []} />
      <EventLinks roles={me.data?.roles ?? []} />
      <View className='card'>
        <View className='link' id='open-privacy' onClick={() => go(routes.privacy)}>
          隐私保护指引 ›
        </View>
        <View className='link' id='open-my-data' onClick={() => go(routes.myData)}>
          删除我的数据 ›
        </View>
      </View>
      <RoleLinks roles={me.data?.roles ?? []} />
      <DevSignIn onChange={() => void me.reload()} />
    </View>
  );
}
