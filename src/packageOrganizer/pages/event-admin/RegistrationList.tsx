import { useState } from 'react';
import { View, Text, Input } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { REGISTRATION_STATUS_LABELS } from '@domain/events/rules';
import type { RegistrationRow } from '@domain/events/types';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

/**
 * The sign-up list: phones masked, a logged reveal per row, manual check-in for
 * confirmed rows (未签到) and 撤销签到 for checked-in ones.
 */
export function RegistrationList(props: {
  rows: RegistrationRow[];
  query: string;
  onQuery: (q: string) => void;
  onCheckIn: (registrationId: string) => void;
  onUndoCheckIn: (row: RegistrationRow) => void;
}) {
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
        <View key={r._id} className='event-row' id={`row-${r._id.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
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
      ))}
    </View>
  );
}
