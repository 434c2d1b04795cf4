import { chinaTime } from '@domain/common/china-time';
import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { OUTREACH_LABELS } from '@domain/activities/stats';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import '@/components/checkin/checkin.scss';

/** 我参加的活动: the caller's own check-ins, newest first. */
export default function MyCheckinsPage() {
  const mine = useRemote(() => callFunction('checkins', 'mine'), []);
  useDidShow(() => {
    if (mine.data) void mine.reload();
  });
  return (
    <View className='page'>
      <PageState remote={mine} isEmpty={(list) => list.length === 0} emptyText='还没有参加过“七进”活动'>
        {(list) =>
          list.map(({ checkin, activity }) => (
            <View key={checkin._id} className='card activity-card'>
              <Text className='activity-card__kind'>{OUTREACH_LABELS[checkin.kind]}</Text>
              <Text className='activity-card__title'>{activity?.title ?? '活动已删除'}</Text>
              {activity && <Text className='muted'>{activity.place.name}</Text>}
              <Text className='muted'>
                {checkin.unit} · 签到于 {chinaTime(checkin.checkedInAt)}
              </Text>
            </View>
          ))
        }
      </PageState>
      <Text className='link' onClick={() => go(routes.checkIn)}>
        ＋ 输入签到码签到
      </Text>
    </View>
  );
}
