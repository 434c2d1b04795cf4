import { checkInWindow, checkInWindowText } from '@domain/common/check-in-window';
import { chinaTime } from '@domain/common/china-time';
import { useState } from 'react';
import { View, Text, Image } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { REGISTRATION_STATUS_LABELS } from '@domain/events/rules';
import type { MyRegistration } from '@domain/events/types';
import { formatTicketCode } from '@domain/events/ticket-code';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { confirmCancel } from '@/services/confirm';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import '@/components/event/event.scss';

function RegistrationCard({ r, onChanged }: { r: MyRegistration; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  async function cancel() {
    if (busy) return;
    setBusy(true);
    const done = await confirmCancel({ title: '取消报名', content: '取消后名额会让给候补的人，确定取消吗？' }, () =>
      callFunction('events', 'cancel', { registrationId: r._id }),
    );
    setBusy(false);
    if (done) onChanged();
  }
  return (
    <View className='card event-card' id={`registration-${r.sessionId}`}>
      <View className='event-row'>
        <Text className='event-card__title tap' onClick={() => go(routes.event(r.eventId))}>
          {r.eventTitle}
        </Text>
        <Text className={`event-status event-status--${r.status}`} id={`registration-status-${r.sessionId}`}>
          {REGISTRATION_STATUS_LABELS[r.status]}
        </Text>
      </View>
      <Text>
        {r.sessionTitle} · {chinaTime(r.startAt)}–{chinaTime(r.endAt).slice(11)}
      </Text>
      <Text className='muted'>{r.venue}</Text>
      <Text className='muted'>
        {r.name} · {r.phoneMasked}
        {r.headcount > 1 ? ` · ${r.headcount} 人` : ''}
      </Text>
      {r.promotedAt && r.status === 'confirmed' && (
        <View className='event-notice' id={`promoted-${r.sessionId}`}>
          候补转正通知：有人取消报名，您已于 {chinaTime(r.promotedAt)} 从候补转为报名成功。
        </View>
      )}
      {r.status === 'waitlisted' && (
        <Text className='event-notice'>候补第 {r.waitlistPosition} 位，有名额时自动转正并通知您</Text>
      )}
      {r.status === 'checked_in' && r.checkedInAt && (
        <Text className='muted'>签到时间：{chinaTime(r.checkedInAt)}</Text>
      )}
      {r.ticketQr && r.status === 'confirmed' && (
        <View className='event-ticket-box'>
          <Image className='event-ticket' src={r.ticketQr} id={`ticket-qr-${r.sessionId}`} />
          {r.ticketCode && (
            <View className='event-ticket-code'>
              <Text className='muted'>票码（扫码不便时读出或输入）</Text>
              <Text className='event-ticket-code__digits' selectable id={`ticket-code-${r.sessionId}`}>
                {formatTicketCode(r.ticketCode)}
              </Text>
            </View>
          )}
          <Text className='muted' id={`ticket-window-${r.sessionId}`}>
            入场签到时间：{checkInWindowText(checkInWindow(r))}（北京时间）
          </Text>
        </View>
      )}
      {r.status === 'cancelled' && (
        <Button
          className='event-button'
          id={`rejoin-${r.sessionId}`}
          fill='outline'
          type={r.rejoinable ? 'primary' : 'default'}
          onClick={() => go(routes.event(r.eventId))}
        >
          {r.rejoinable ? '重新报名' : '查看活动'}
        </Button>
      )}
      {r.cancellable && (
        <Button className='event-button' fill='outline' loading={busy} onClick={() => void cancel()}>
          取消报名
        </Button>
      )}
    </View>
  );
}

/** 我的报名: every sign-up with its status; a confirmed one shows its ticket QR, a cancelled one the way back to its event. */
export default function RegistrationsPage() {
  const mine = useRemote(() => callFunction('events', 'mine'), []);
  useDidShow(() => {
    if (mine.data) void mine.reload();
  });
  return (
    <View className='page'>
      <PageState remote={mine} isEmpty={(list) => list.length === 0} emptyText='还没有报名记录'>
        {(list) => (
          <View>
            {list.map((r) => (
              <RegistrationCard key={r._id} r={r} onChanged={() => void mine.reload()} />
            ))}
          </View>
        )}
      </PageState>
    </View>
  );
}
