import { checkInWindow, checkInWindowText } from '@domain/common/check-in-window';
import { chinaTime } from '@domain/common/china-time';
import { useState } from 'react';
import { View, Text, Input, Image } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { EventAdminView } from '@domain/events/types';
import { PrivacyGate } from '@/components/PrivacyGate';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { openExport } from '@/services/open-file';
import { saveImage } from '@/services/save-image';
import '@/components/event/event.scss';
import './index.scss';
import { useTicketCheckIn } from '../../hooks/useTicketCheckIn';
import { RegistrationList } from './RegistrationList';

/** Without an id: the unit's events. With one: live counts, check-in, poster, list and export. */
export default function EventAdminPage() {
  const { id } = useRouter().params;
  return (
    <View className='page'>
      {id ? <EventAdmin eventId={id} /> : <ManagedEvents />}
      <PrivacyGate />
    </View>
  );
}

function ManagedEvents() {
  const managed = useRemote(() => callFunction('events', 'managed'), []);
  useDidShow(() => {
    if (managed.data) void managed.reload();
  });
  return (
    <View>
      <Button type='primary' size='large' block id='event-new' onClick={() => go(routes.editEvent())}>
        新建活动
      </Button>
      <PageState remote={managed} isEmpty={(l) => l.length === 0} emptyText='本单位还没有活动'>
        {(events) => (
          <View>
            {events.map((e) => (
              <View key={e._id} className='card event-card' onClick={() => go(routes.eventAdmin(e._id))}>
                <Text className='event-card__title'>{e.title}</Text>
                <Text className='muted'>
                  {e.startAt ? chinaTime(e.startAt) : '未设场次'} ·{' '}
                  {{ open: '报名中', closed: '已停止报名', ended: '已结束' }[e.state]}
                </Text>
              </View>
            ))}
          </View>
        )}
      </PageState>
    </View>
  );
}

function EventAdmin({ eventId }: { eventId: string }) {
  const [query, setQuery] = useState('');
  const view = useRemote(() => callFunction('events', 'overview', { eventId, query }), [eventId, query]);
  const checkIn = useTicketCheckIn(eventId, () => void view.reload());
  // 编辑活动与场次 changes what this page shows: back here, it reloads.
  useDidShow(() => {
    if (view.data) void view.reload();
  });
  const [poster, setPoster] = useState<string | null>(null);

  async function act(work: () => Promise<void>) {
    try {
      await work();
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    }
  }

  return (
    <PageState remote={view}>
      {(v: EventAdminView) => (
        <View>
          <View className='card'>
            <Text className='event-card__title'>{v.event.title}</Text>
            {v.sessions.map((s) => (
              <View key={s._id} className='event-counts' id={`counts-${s._id}`}>
                <Text>{s.title}</Text>
                <Text className='muted'>
                  已报 {s.confirmed}/{s.capacity} · 候补 {s.waitlisted} · 已签到 {s.checkedIn}
                </Text>
                <Text className='muted' id={`window-${s._id}`}>
                  签到时间：{checkInWindowText(checkInWindow(s))}（北京时间）
                </Text>
              </View>
            ))}
          </View>
          <View className='card'>
            <Text className='event-card__title'>扫码签到</Text>
            <Text className='muted'>入场票只在所属场次的签到时间内有效：场次当天，开始前 1 小时至结束后 1 小时。</Text>
            {checkIn.canScan && (
              <Button type='primary' size='large' block onClick={() => void checkIn.scan()}>
                扫描入场票
              </Button>
            )}
            <Input
              id='checkin-ticket'
              className='field-input'
              placeholder='输入票码'
              value={checkIn.ticket}
              onInput={(e) => checkIn.setTicket(e.detail.value)}
            />
            <Button
              id='checkin-submit'
              size='large'
              block
              loading={checkIn.busy}
              onClick={() => void checkIn.submitTyped()}
            >
              核验签到
            </Button>
            {checkIn.result && (
              <View
                id='checkin-result'
                className={`event-row ${checkIn.result.ok ? 'event-status--confirmed' : 'event-field__error'}`}
                role='alert'
              >
                <Text>{checkIn.result.text}</Text>
                {checkIn.undoable && (
                  <Button
                    id='checkin-undo'
                    size='small'
                    className='event-row__action'
                    onClick={() => void checkIn.undoLast()}
                  >
                    撤销
                  </Button>
                )}
              </View>
            )}
          </View>
          <RegistrationList
            rows={v.registrations}
            query={query}
            onQuery={setQuery}
            onCheckIn={(rid) => void checkIn.manual(rid)}
            onUndoCheckIn={(row) => void checkIn.undoRow(row)}
            answer={checkIn.rowAnswer}
            onUndoLast={checkIn.undoable ? () => void checkIn.undoLast() : undefined}
          />
          <View className='card'>
            <Button
              block
              onClick={() => void act(async () => setPoster((await callFunction('events', 'poster', { eventId })).url))}
            >
              现场海报二维码
            </Button>
            <Button block id='open-event-poster' onClick={() => go(routes.eventPoster(eventId))}>
              打印 A4 海报
            </Button>
            {poster && (
              <Image
                className='event-ticket'
                src={poster}
                showMenuByLongpress
                onClick={() => void Taro.previewImage({ urls: [poster] })}
              />
            )}
            {poster && (
              <Button
                block
                onClick={() =>
                  void act(async () => {
                    await Taro.showToast({ title: await saveImage(poster), icon: 'none' });
                  })
                }
              >
                保存海报到相册
              </Button>
            )}
            <Button
              block
              onClick={() => void act(async () => openExport(await callFunction('exports', 'signUpList', { eventId })))}
            >
              导出名单（Excel）
            </Button>
            <Button block onClick={() => go(routes.editEvent(eventId))}>
              编辑活动与场次
            </Button>
            <Button
              block
              onClick={() =>
                void act(async () => {
                  await callFunction('events', v.event.status === 'open' ? 'close' : 'reopen', { eventId });
                  await view.reload();
                })
              }
            >
              {v.event.status === 'open' ? '停止报名' : '重新开放报名'}
            </Button>
          </View>
        </View>
      )}
    </PageState>
  );
}
