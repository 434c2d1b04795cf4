import { View } from '@tarojs/components';
import type { Role } from '@domain/roles/roles';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: everyone's own check-ins; the unit's activities for organizers. */
export function CheckinLinks({ roles }: { roles: Role[] }) {
  const organizes = roles.includes('organizer') || roles.includes('admin');
  return (
    <View className='card'>
      <View className='link' id='open-my-checkins' onClick={() => go(routes.myCheckins)}>
        我参加的活动 ›
      </View>
      {organizes && (
        <View className='link' id='open-organizer-activities' onClick={() => go(routes.organizerActivities)}>
          “七进”活动签到与统计 ›
        </View>
      )}
      {organizes && (
        <View className='link' id='open-quiz-admin' onClick={() => go(routes.quizAdmin)}>
          网络知识答题：题库、答题码与统计 ›
        </View>
      )}
    </View>
  );
}
