import { View } from '@tarojs/components';
import type { Role } from '@domain/roles/roles';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: everyone's own reports; the handler desk and the overview for those who work on them. */
export function ReportLinks({ roles }: { roles: Role[] }) {
  const has = (role: Role) => roles.includes(role) || roles.includes('admin');
  return (
    <View className='card'>
      <View className='link' id='open-my-reports' onClick={() => go(routes.myReports)}>
        我的举报 ›
      </View>
      {has('handler') && (
        <View className='link' id='open-handler-queue' onClick={() => go(routes.handlerQueue)}>
          隐患举报处理 ›
        </View>
      )}
      {(has('handler') || has('organizer')) && (
        <View className='link' id='open-report-overview' onClick={() => go(routes.handlerOverview)}>
          隐患总览与隐患清单 ›
        </View>
      )}
    </View>
  );
}
