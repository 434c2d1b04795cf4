import type { Role } from '@domain/roles/roles';
import { ListGroup, ListRow } from '@/components/list/ListRow';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: everyone's own reports; the handler desk and the overview for those who work on them. */
export function ReportLinks({ roles }: { roles: Role[] }) {
  const has = (role: Role) => roles.includes(role) || roles.includes('admin');
  return (
    <ListGroup title='隐患举报'>
      <ListRow id='open-my-reports' icon='拍' title='我的举报' onClick={() => go(routes.myReports)} />
      {has('handler') && (
        <ListRow
          id='open-handler-queue'
          icon='办'
          tone='orange'
          title='隐患举报处理'
          onClick={() => go(routes.handlerQueue)}
        />
      )}
      {(has('handler') || has('organizer')) && (
        <ListRow
          id='open-report-overview'
          icon='览'
          tone='blue'
          title='隐患总览与隐患清单'
          onClick={() => go(routes.handlerOverview)}
        />
      )}
    </ListGroup>
  );
}
