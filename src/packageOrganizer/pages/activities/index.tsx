import { chinaTime } from '@domain/common/china-time';
import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { OUTREACH_LABELS } from '@domain/activities/stats';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import '@/components/checkin/checkin.scss';

/** 本单位的“七进”活动: create one, open its live check-in, or the 统计表. */
export default function ActivitiesPage() {
  const list = useRemote(() => callFunction('checkins', 'listMine'), []);
  useDidShow(() => {
    if (list.data) void list.reload();
  });
  return (
    <View className='page'>
      <View className='card'>
        <View className='link' id='new-activity' onClick={() => go(routes.editActivity())}>
          ＋ 新建“七进”活动
        </View>
        <View className='link' id='open-activity-stats' onClick={() => go(routes.activityStats)}>
          活动进展情况统计表 ›
        </View>
      </View>
      <PageState remote={list} isEmpty={(l) => l.length === 0} emptyText='还没有活动'>
        {(activities) =>
          activities.map((a) => (
            <View key={a._id} className='card activity-card'>
              <Text className='activity-card__kind'>{OUTREACH_LABELS[a.kind]}</Text>
              <Text className='activity-card__title'>{a.title}</Text>
              <Text className='muted'>
                {chinaTime(a.startAt)} · {a.place.name}
              </Text>
              <View className='activity-card__actions'>
                <Button type='primary' onClick={() => go(routes.activityLive(a._id))}>
                  现场签到
                </Button>
                <Button fill='outline' type='primary' onClick={() => go(routes.editActivity(a._id))}>
                  编辑活动
                </Button>
              </View>
            </View>
          ))
        }
      </PageState>
    </View>
  );
}
