import { useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { SETTINGS, categoryLabel } from '@domain/reports/categories';
import type { QueueInput } from '@domain/reports/schemas';
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from '@domain/reports/status';
import { SEVERITY_LABELS } from '@domain/reports/types';
import { PageState } from '@/components/PageState';
import { StatusTag } from '@/components/report/StatusTag';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import '../handler.scss';

function Chip({ on, label, onClick }: { on: boolean; label: string; onClick: () => void }) {
  return (
    <View className={`handler__chip ${on ? 'handler__chip--on' : ''}`} onClick={onClick}>
      {label}
    </View>
  );
}

/** The queue of the channels this handler belongs to, filtered by channel, status, category and date. */
export default function QueuePage() {
  const [filter, setFilter] = useState<QueueInput>({});
  const queue = useRemote(() => callFunction('reports', 'queue', filter), [JSON.stringify(filter)]);
  useDidShow(() => {
    if (queue.data) void queue.reload();
  });
  const toggle = (patch: QueueInput) => setFilter((old) => ({ ...old, ...patch }));
  const day = (ms?: number) => (ms === undefined ? '' : dayjs(ms).format('YYYY-MM-DD'));

  return (
    <View className='page handler'>
      <Text className='link' onClick={() => go(routes.handlerOverview)}>
        隐患总览、隐患清单与转交记录 ›
      </Text>
      <PageState remote={queue}>
        {({ channels, reports }) => (
          <>
            <View className='card'>
              <View className='handler__chips'>
                <Chip on={!filter.channelId} label='全部渠道' onClick={() => toggle({ channelId: undefined })} />
                {channels.map((c) => (
                  <Chip
                    key={c._id}
                    on={filter.channelId === c._id}
                    label={c.name}
                    onClick={() => toggle({ channelId: c._id })}
                  />
                ))}
              </View>
              <View className='handler__chips'>
                <Chip on={!filter.status} label='全部状态' onClick={() => toggle({ status: undefined })} />
                {REPORT_STATUSES.map((s) => (
                  <Chip
                    key={s}
                    on={filter.status === s}
                    label={REPORT_STATUS_LABELS[s]}
                    onClick={() => toggle({ status: s })}
                  />
                ))}
              </View>
              <View className='handler__chips'>
                <Chip on={!filter.setting} label='全部类别' onClick={() => toggle({ setting: undefined })} />
                {SETTINGS.map((s) => (
                  <Chip
                    key={s.id}
                    on={filter.setting === s.id}
                    label={s.label}
                    onClick={() => toggle({ setting: s.id })}
                  />
                ))}
              </View>
              <View className='handler__chips'>
                <Picker
                  mode='date'
                  value={day(filter.from)}
                  onChange={(e) => toggle({ from: dayjs(e.detail.value).startOf('day').valueOf() })}
                >
                  <View className='handler__chip'>{filter.from ? `自 ${day(filter.from)}` : '开始日期'}</View>
                </Picker>
                <Picker
                  mode='date'
                  value={day(filter.to)}
                  onChange={(e) => toggle({ to: dayjs(e.detail.value).endOf('day').valueOf() })}
                >
                  <View className='handler__chip'>{filter.to ? `至 ${day(filter.to)}` : '结束日期'}</View>
                </Picker>
                {(filter.from || filter.to) && (
                  <Chip on={false} label='清除日期' onClick={() => toggle({ from: undefined, to: undefined })} />
                )}
              </View>
            </View>
            {reports.length === 0 && <View className='card muted'>没有符合条件的举报</View>}
            {reports.map((r) => (
              <View
                key={r._id}
                className='card handler__item'
                id={`queue-${r.trackingNo}`}
                onClick={() => go(routes.handlerReport(r._id))}
              >
                <View className='handler__item-head'>
                  <Text className='handler__no'>{r.trackingNo}</Text>
                  <StatusTag status={r.status} />
                </View>
                <Text>{categoryLabel(r.setting, r.category)}</Text>
                <Text className='muted'>
                  {r.place} · {dayjs(r.createdAt).format('MM-DD HH:mm')} · {r.channelId}
                  {r.severity ? ` · ${SEVERITY_LABELS[r.severity]}` : ''}
                </Text>
              </View>
            ))}
          </>
        )}
      </PageState>
    </View>
  );
}
