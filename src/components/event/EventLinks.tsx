import type { Role } from '@domain/roles/roles';
import { ListGroup, ListRow } from '@/components/list/ListRow';
import { go, routes } from '@/services/navigation';

/** 我的 page entries: everyone's sign-ups; the unit's 咨询日 events for organizers. */
export function EventLinks({ roles }: { roles: Role[] }) {
  const organizes = roles.includes('organizer') || roles.includes('admin');
  return (
    <ListGroup title='安全宣传咨询日'>
      <ListRow
        id='open-registrations'
        icon='票'
        tone='orange'
        title='我的报名'
        onClick={() => go(routes.registrations)}
      />
      {organizes && (
        <ListRow
          id='open-event-admin'
          icon='报'
          tone='orange'
          title='咨询日活动报名管理'
          onClick={() => go(routes.eventAdmin())}
        />
      )}
    </ListGroup>
  );
}
