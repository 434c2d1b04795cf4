import { View } from '@tarojs/components';
import type { Role } from '@domain/roles/roles';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: everyone's sign-ups; the unit's 咨询日 events for organizers. */
export function EventLinks({ roles }: { roles: Role[] }) {
  const organizes = roles.includes('organizer') || roles.includes('admin');
  return (
    <View className='card'>
      <View className='link' id='open-registrations' onClick={() => go(routes.registrations)}>
        我的报名 ›
      </View>
      {organizes && (
        <View className='link' id='open-event-admin' onClick={() => go(routes.eventAdmin())}>
          咨询日活动报名管理 ›
        </View>
      )}
    </View>
  );
}
