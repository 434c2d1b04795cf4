import { chinaTime } from '@domain/common/china-time';
import { View, Text } from '@tarojs/components';
import { formatDistance } from '@domain/activities/geofence';
import { OUTREACH_LABELS } from '@domain/activities/stats';
import type { ActivityView } from '@domain/activities/types';
import './checkin.scss';

/** The activity as a participant and an organizer both see it. */
export function ActivityCard({ activity }: { activity: ActivityView }) {
  return (
    <View className='card activity-card'>
      <Text className='activity-card__kind'>{OUTREACH_LABELS[activity.kind]}</Text>
      <Text className='activity-card__title'>{activity.title}</Text>
      <Text className='muted'>主办：{activity.unit}</Text>
      <Text className='muted'>
        时间：{chinaTime(activity.startAt)} 至 {chinaTime(activity.endAt).slice(-5)}
      </Text>
      <Text className='muted'>
        地点：{activity.place.name}（{activity.place.address}）
      </Text>
      {activity.geofenceMeters ? (
        <Text className='muted'>需在活动地点 {formatDistance(activity.geofenceMeters)}范围内签到</Text>
      ) : null}
    </View>
  );
}
