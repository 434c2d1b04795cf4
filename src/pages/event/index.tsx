import { chinaTime } from '@domain/common/china-time';
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { scanEntry } from '@domain/common/scan-entry';
import { decodeScene, REGISTRATION_STATUS_LABELS } from '@domain/events/rules';
import { eventWhen } from '@domain/events/when';
import type { EventView } from '@domain/events/types';
import { OpenEvents } from '@/components/event/OpenEvents';
import { InvalidCode } from '@/components/InvalidCode';
import { PinIcon } from '@/components/list/Glyph';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { ApiError } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { showOnMap } from '@/services/venue-map';
import '@/components/event/event.scss';
import { SignUpForm } from './SignUpForm';

const STATE_TEXT = { closed: '该活动已停止报名', ended: '该活动已结束' } as const;

/**
 * Where the venue QR lands: `?scene=` from a 小程序码 or the H5 link, `?q=` when WeChat
 * opens the printed link code (domain/common/scan-entry.ts), `?id=` from the list.
 */
export default function EventPage() {
  const params = useRouter().params;
  const { id } = params;
  const entry = scanEntry(params, (s) => decodeScene(s) !== null);
  const scene = entry.kind === 'scene' ? entry.scene : undefined;
  const view = useRemote<EventView | { missing: ApiError } | { invalid: true }>(
    // A wrong or deleted event is an answer to show, not a load failure to retry.
    () =>
      entry.kind === 'invalid'
        ? Promise.resolve({ invalid: true as const })
        : callFunction('events', 'open', scene ? { scene } : { id: id ?? '' }).catch((e: unknown) => {
            if (e instanceof ApiError && (e.code === 'not_found' || e.code === 'invalid_input')) return { missing: e };
            throw e;
          }),
    [entry.kind, scene, id],
  );
  const open = useRemote(() => callFunction('events', 'listOpen'), []);
  return (
    <View className='page'>
      <PageState remote={view}>
        {(v) =>
          'invalid' in v ? (
            <InvalidCode hint='这个二维码不是本活动的报名码，请核对海报后重新扫码。' />
          ) : 'missing' in v ? (
            <Elsewhere text={v.missing.message || '没有找到这个活动'} events={open.data} />
          ) : (
            <EventDetail view={v} openEvents={open.data} />
          )
        }
      </PageState>
    </View>
  );
}

function Elsewhere({ text, events }: { text: string; events?: Parameters<typeof OpenEvents>[0]['events'] }) {
  return (
    <View id='event-unavailable'>
      <View className='card' role='alert'>
        <Text className='event-card__title'>{text}</Text>
        <Text className='muted'>可以看看正在报名的活动：</Text>
      </View>
      {events && <OpenEvents events={events} />}
    </View>
  );
}

function EventDetail(props: { view: EventView; openEvents?: Parameters<typeof OpenEvents>[0]['events'] }) {
  const { event, state, mine } = props.view;
  const active = mine.filter((r) => r.status !== 'cancelled');
  // Signed up already: the ticket first, the blank form only when they ask to sign up for another session.
  const [another, setAnother] = useState(false);
  const { venue } = event;
  const when = eventWhen(props.view.sessions);
  return (
    <View>
      <View className='card'>
        <Text className='event-card__title' id='event-title'>
          {event.title}
        </Text>
        {when && (
          <Text className='event-when' id='event-when'>
            时间：{when}
          </Text>
        )}
        <View className='event-venue'>
          <PinIcon />
          <Text>
            {venue.name}（{venue.address}）
          </Text>
        </View>
        <Text className='muted'>主办：{event.unit}</Text>
        {event.notes && <Text className='muted'>{event.notes}</Text>}
        {venue.name && (
          <Button
            id='navigate-venue'
            className='event-navigate'
            fill='outline'
            type='primary'
            block
            onClick={() => void showOnMap(venue)}
          >
            导航到场地
          </Button>
        )}
      </View>
      {active.map((r) => (
        <View key={r._id} className='card event-card' id={`mine-${r.sessionId}`}>
          <View className='event-row'>
            <Text>
              您已报名：{r.sessionTitle}（{chinaTime(r.startAt)}）
            </Text>
            <Text className={`event-status event-status--${r.status}`}>{REGISTRATION_STATUS_LABELS[r.status]}</Text>
          </View>
          <Button type='primary' block onClick={() => go(routes.registrations)}>
            {r.status === 'confirmed' ? '查看入场票' : '查看我的报名'}
          </Button>
        </View>
      ))}
      {state === 'open' && active.length > 0 && !another && props.view.sessions.length > active.length && (
        <Text className='link' id='signup-another' onClick={() => setAnother(true)}>
          为其他场次报名 ›
        </Text>
      )}
      {state === 'open' ? (
        (active.length === 0 || another) && <SignUpForm view={props.view} />
      ) : (
        <Elsewhere text={STATE_TEXT[state]} events={props.openEvents} />
      )}
    </View>
  );
}
