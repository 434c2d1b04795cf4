import { chinaTime } from '@domain/common/china-time';
import { View, Text } from '@tarojs/components';
import type { EventSummary } from '@domain/events/types';
import { EmptyState } from '@/components/EmptyState';
import { routes, go } from '@/services/navigation';

/** Open events as tappable cards; what a wrong or ended event's page offers instead. */
export function OpenEvents({ events }: { events: EventSummary[] }) {
  if (events.length === 0) return <EmptyState text='目前没有正在报名的活动' />;
  return (
    <View>
      {events.map((e) => (
        <View
          key={e._id}
          className='card event-card'
          id={`open-event-${e._id}`}
          onClick={() => go(routes.event(e._id))}
        >
          <Text className='event-card__title'>{e.title}</Text>
          <Text className='muted'>
            {e.startAt ? chinaTime(e.startAt) : ''} · {e.venue.name}
          </Text>
          <Text className='muted'>{e.unit}</Text>
        </View>
      ))}
    </View>
  );
}
