import { useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { chinaDay, chinaDayEnd, chinaDayStart, chinaTime } from '@domain/common/china-time';
import { SETTINGS, categoryLabel } from '@domain/reports/categories';
import { channelName } from '@domain/reports/channels';
import { DESK_TAB_LABELS, DESK_TABS, dueAt, isOverdue, type DeskTab } from '@domain/reports/desk';
import type { QueueInput } from '@domain/reports/schemas';
import { SECURITY_LABELS, SEVERITY_LABELS } from '@domain/reports/types';
import { EmptyState } from '@/components/EmptyState';
import { PageState } from '@/components/PageState';
import { StatusTag } from '@/components/report/StatusTag';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import '../handler.scss';

function Chip({ on, label, onClick }: { on: boolean; label: string; onClick: () => void }) {
  return (
    <View className={`handler__chip ${on ? 'handler__chip--on' : ''}`} role='button' onClick={onClick}>
      {label}
    </View>
  );
}

type Filters = Omit<QueueInput, 'tab' | 'status'>;

/**
 * The handler desk of the channels this person handles, as tabs in the order
 * work flows: 待审核 (release or refuse), 待受理, 处理中, 已超期, 已办结; channel,
 * category and dates narrow any tab.
 */
export default function QueuePage() {
  const [tab, setTab] = useState<DeskTab>('new');
  const [filter, setFilter] = useState<Filters>({});
  const [filtering, setFiltering] = useState(false);
  const queue = useRemote(() => callFunction('reports', 'queue', { ...filter, tab }), [tab, JSON.stringify(filter)]);
  useDidShow(() => {
    if (queue.data) void queue.reload();
  });
  const toggle = (patch: Filters) => setFilter((old) => ({ ...old, ...patch }));
  const day = (ms?: number) => (ms === undefined ? '' : chinaDay(ms));
  const filters = Object.values(filter).filter((v) => v !== undefined).length;

  return (
    <View className='page handler'>
      <View className='handler__tabs' role='tablist'>
        {DESK_TABS.map((t) => (
          <View
            key={t}
            id={`tab-${t}`}
            role='tab'
            aria-selected={tab === t}
            className={`handler__tab ${tab === t ? 'handler__tab--on' : ''}`}
            onClick={() => setTab(t)}
          >
            {DESK_TAB_LABELS[t]}
          </View>
        ))}
      </View>
      <View className='handler__row'>
        <Text className='link' onClick={() => setFiltering(!filtering)}>
          {filtering ? '收起筛选' : `筛选${filters ? `（${filters}）` : ''}`}
        </Text>
        <Text className='link' onClick={() => go(routes.handlerOverview)}>
          隐患总览与转交记录 ›
        </Text>
      </View>
      <PageState remote={queue}>
        {({ channels, reports }) => (
          <>
            {filtering && (
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
                    onChange={(e) => toggle({ from: chinaDayStart(e.detail.value) })}
                  >
                    <View className='handler__chip'>{filter.from ? `自 ${day(filter.from)}` : '开始日期'}</View>
                  </Picker>
                  <Picker
                    mode='date'
                    value={day(filter.to)}
                    onChange={(e) => toggle({ to: chinaDayEnd(e.detail.value) - 1 })}
                  >
                    <View className='handler__chip'>{filter.to ? `至 ${day(filter.to)}` : '结束日期'}</View>
                  </Picker>
                  {(filter.from || filter.to) && (
                    <Chip on={false} label='清除日期' onClick={() => toggle({ from: undefined, to: undefined })} />
                  )}
                </View>
              </View>
            )}
            {reports.length === 0 && (
              <View id='queue-empty'>
                <EmptyState text={tab === 'review' ? '没有等待审核的举报' : `没有${DESK_TAB_LABELS[tab]}的举报`} />
              </View>
            )}
            {reports.map((r) => (
              <View
                key={r._id}
                className='card handler__item'
                id={`queue-${r.trackingNo}`}
                role='link'
                onClick={() => go(routes.handlerReport(r._id))}
              >
                <View className='handler__item-head'>
                  <Text className='handler__no'>{r.trackingNo}</Text>
                  {r.security === 'passed' || r.status !== 'submitted' ? (
                    <StatusTag status={r.status} />
                  ) : (
                    <Text className='status-tag'>{SECURITY_LABELS[r.security]}</Text>
                  )}
                </View>
                <Text>{categoryLabel(r.setting, r.category)}</Text>
                <Text className='muted'>
                  {r.place} · {chinaTime(r.createdAt).slice(5)} · {channelName(r.channelId)}
                  {r.severity ? ` · ${SEVERITY_LABELS[r.severity]}` : ''}
                </Text>
                {isOverdue(r, Date.now()) && (
                  <Text className='handler__error'>
                    已超过办理时限（{chinaDay(dueAt(r.channelId, r.createdAt)).slice(5)}）
                  </Text>
                )}
              </View>
            ))}
          </>
        )}
      </PageState>
    </View>
  );
}
