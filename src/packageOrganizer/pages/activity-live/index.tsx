import { activityCheckInRefusal } from '@domain/activities/rules';
import { checkInWindow, checkInWindowText } from '@domain/common/check-in-window';
import { chinaTime } from '@domain/common/china-time';
import { useState } from 'react';
import { View, Text, Image, Input } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import type { Checkin } from '@domain/activities/types';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { useLiveScreen } from '../../hooks/useLiveScreen';
import './index.scss';

function Row({ checkin, onRemove }: { checkin: Checkin; onRemove: (reason: string) => Promise<boolean> }) {
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <View className='live__row' id={`live-row-${checkin._id.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
      <View className='live__row-main'>
        <Text className='live__name'>{checkin.name}</Text>
        <Text className='muted'>
          {checkin.org} · {chinaTime(checkin.checkedInAt).slice(-5)}
          {checkin.source === 'manual' ? ' · 补录' : ''}
        </Text>
        <Text className='live__remove' onClick={() => setRemoving(!removing)}>
          移除
        </Text>
      </View>
      {removing && (
        <View className='live__row-main'>
          <Input
            className='field-input live__input'
            placeholder='移除原因（如：重复、误签）'
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          <Text className='live__remove' onClick={() => void onRemove(reason).then((ok) => ok && setRemoving(false))}>
            确认
          </Text>
        </View>
      )}
    </View>
  );
}

/** 现场签到: the rotating code large enough for a projector, the count and the list as people arrive. */
export default function ActivityLivePage() {
  const id = useRouter().params.id ?? '';
  const { code, attendance, error, busy, addManual, remove, exportList } = useLiveScreen(id);
  // The projector shows what and when beside the code, so the room knows it is the right one.
  const activity = useRemote(() => callFunction('checkins', 'get', { id }), [id]);
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');

  const closed = activity.data ? activityCheckInRefusal(activity.data, Date.now()) : null;

  const add = async () => {
    if (await addManual(name, org)) setName('');
  };

  return (
    <View className='page live'>
      {error && <Text className='live__error'>{error}</Text>}
      {activity.data && (
        <View className='card live__head' id='live-activity'>
          <Text className='live__title'>{activity.data.title}</Text>
          <Text className='live__when'>
            {chinaTime(activity.data.startAt)} 至 {chinaTime(activity.data.endAt).slice(-5)} ·{' '}
            {activity.data.place.name}
          </Text>
          <Text className='muted' id='live-window'>
            签到时间（含补录）：{checkInWindowText(checkInWindow(activity.data))}（北京时间）
          </Text>
        </View>
      )}
      <View className='card live__code'>
        {closed ? (
          // Outside the check-in window a code would only be refused: say when instead.
          <Text className='muted' id='live-closed'>
            {closed}
          </Text>
        ) : code ? (
          <>
            <Image className='live__qr' src={code.qrDataUrl} mode='aspectFit' />
            <Text className='live__digits' id='live-code'>
              {code.code}
            </Text>
            <Text className='muted'>
              {code.window < 0 ? '海报签到码（固定）' : '扫码或输入签到码，每 30 秒更新，截图转发无效'}
            </Text>
          </>
        ) : (
          <Text className='muted'>正在生成签到码…</Text>
        )}
      </View>
      <View className='card'>
        <Text className='live__count' id='live-count'>
          已签到 {attendance?.count ?? 0} 人{attendance?.expected ? ` / 预计 ${attendance.expected} 人` : ''}
        </Text>
        <View id='live-list'>
          {attendance?.checkins.map((c) => (
            <Row key={c._id} checkin={c} onRemove={(reason) => remove(c._id, reason)} />
          ))}
        </View>
      </View>
      <View className='card'>
        <Text className='section-title'>现场补录（无手机人员）</Text>
        <Input
          id='manual-name'
          className='field-input live__input'
          placeholder='姓名'
          value={name}
          onInput={(e) => setName(e.detail.value)}
        />
        <Input
          id='manual-org'
          className='field-input live__input'
          placeholder='单位'
          value={org}
          onInput={(e) => setOrg(e.detail.value)}
        />
        <Button id='manual-add' block loading={busy} onClick={() => void add()}>
          补录签到
        </Button>
      </View>
      <Button id='export-attendance' type='primary' block onClick={() => void exportList()}>
        导出签到名单（Excel）
      </Button>
    </View>
  );
}
