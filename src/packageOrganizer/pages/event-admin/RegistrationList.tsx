import { useState } from 'react';
import { View, Text, Input } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { REGISTRATION_STATUS_LABELS } from '@domain/events/rules';
import type { RegistrationRow } from '@domain/events/types';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import type { CheckInAnswer } from '../../hooks/useTicketCheckIn';

/**
 * The sign-up list: phones masked, a logged reveal per row, manual check-in for
 * confirmed rows (未签到) and 撤销签到 for checked-in ones; the answer to a
 * row's action (a refusal, or 签到成功 with its 撤销) right under that row.
 */
export function RegistrationList(props: {
  rows: RegistrationRow[];
  query: string;
  onQuery: (q: string) => void;
  onCheckIn: (registrationId: string) => void;
  onUndoCheckIn: (row: RegistrationRow) => void;
  /** The answer to the last row action, shown under its row until the next action. */
  answer: CheckInAnswer | null;
  /** 撤销 beside a fresh 签到成功, while it is offered. */
  onUndoLast?: () => void;
}) {
  const { answer } = props;
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  async function reveal(id: string) {
    try {
      const { phone } = await callFunction('events', 'revealPhone', { registrationId: id });
      setRevealed((r) => ({ ...r, [id]: phone }));
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    }
  }
  return (
    <View className='card'>
      <Text className='event-card__title'>报名名单（{props.rows.length}）</Text>
      <Input
        id='admin-search'
        className='field-input'
        placeholder='按姓名或手机后四位搜索'
        value={props.query}
        onInput={(e) => props.onQuery(e.detail.value)}
      />
      {props.rows.map((r) => (
        <View key={r._id}>
          <View className='event-row' id={`row-${r._id.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
            <View className='event-card'>
              <Text>
                {r.name} · {r.sessionTitle}
                {r.headcount > 1 ? ` · ${r.headcount} 人` : ''}
              </Text>
              <View className='event-row'>
                <Text className='muted'>{revealed[r._id] ?? r.phoneMasked}</Text>
                {!revealed[r._id] && (
                  <View className='link' role='button' onClick={() => void reveal(r._id)}>
                    查看号码
                  </View>
                )}
              </View>
            </View>
            {r.status === 'confirmed' && (
              <View className='event-row__actions'>
                <Text className='event-status event-status--waitlisted'>未签到</Text>
                <Button type='primary' className='event-row__action' onClick={() => props.onCheckIn(r._id)}>
                  签到
                </Button>
              </View>
            )}
            {r.status === 'checked_in' && (
              <View className='event-row__actions'>
                <Text className='event-status event-status--checked_in'>已签到</Text>
                <Button className='event-row__action' onClick={() => props.onUndoCheckIn(r)}>
                  撤销签到
                </Button>
              </View>
            )}
            {r.status !== 'confirmed' && r.status !== 'checked_in' && (
              <Text className={`event-status event-status--${r.status}`}>{REGISTRATION_STATUS_LABELS[r.status]}</Text>
            )}
          </View>
          {answer?.registrationId === r._id && (
            <View
              id={`answer-${r._id.replace(/[^A-Za-z0-9_-]/g, '_')}`}
              className={`event-row ${answer.ok ? 'event-status--confirmed' : 'event-field__error'}`}
              role='alert'
            >
              <Text>{answer.text}</Text>
              {answer.ok && props.onUndoLast && (
                <Button size='small' className='event-row__action' onClick={props.onUndoLast}>
                  撤销
                </Button>
              )}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
