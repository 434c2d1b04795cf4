import type { Role } from '@domain/roles/roles';
import { ListGroup, ListRow } from '@/components/list/ListRow';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: everyone's own check-ins; the unit's activities for organizers. */
export function CheckinLinks({ roles }: { roles: Role[] }) {
  const organizes = roles.includes('organizer') || roles.includes('admin');
  return (
    <ListGroup title='“七进”活动'>
      <ListRow
        id='open-my-checkins'
        icon='签'
        tone='green'
        title='我参加的活动'
        onClick={() => go(routes.myCheckins)}
      />
      {organizes && (
        <ListRow
          id='open-organizer-activities'
          icon='组'
          tone='green'
          title='“七进”活动签到与统计'
          onClick={() => go(routes.organizerActivities)}
        />
      )}
      {organizes && (
        <ListRow
          id='open-quiz-admin'
          icon='答'
          tone='green'
          title='网络知识答题：题库、答题码与统计'
          onClick={() => go(routes.quizAdmin)}
        />
      )}
    </ListGroup>
  );
}
