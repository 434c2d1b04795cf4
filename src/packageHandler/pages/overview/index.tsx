import { View, Text } from '@tarojs/components';
import { chinaTime } from '@domain/common/china-time';
import { categoryLabel } from '@domain/reports/categories';
import { channelName } from '@domain/reports/channels';
import { REPORT_STATUS_LABELS, type ReportStatus } from '@domain/reports/status';
import type { OutboxRow, Overview } from '@domain/reports/types';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import '../handler.scss';

const OUTBOX_LABELS: Record<OutboxRow['state'], string> = {
  waiting: '待审核后转交',
  pending: '待转交',
  delivered: '已转交',
  dead: '转交失败',
};

/** 隐患地图 without a map key: open reports placed by their coordinates inside the area they span. */
function PointMap({ points }: { points: Overview['points'] }) {
  if (points.length === 0) return <Text className='muted'>暂无带定位的未办结隐患</Text>;
  const lats = points.map((p) => p.latitude);
  const lngs = points.map((p) => p.longitude);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const at = (v: number, min: number, max: number) => (max === min ? 50 : 5 + ((v - min) / (max - min)) * 90);
  return (
    <View className='overview__map' id='hazard-map'>
      {points.map((p) => (
        <View
          key={p.trackingNo}
          className={`overview__dot ${p.severity === 'major' ? 'overview__dot--major' : ''}`}
          style={{ left: `${at(p.longitude, minLng, maxLng)}%`, top: `${100 - at(p.latitude, minLat, maxLat)}%` }}
        />
      ))}
    </View>
  );
}

function Counts({ title, rows }: { title: string; rows: [string, number][] }) {
  return (
    <View className='card'>
      <Text className='handler__label'>{title}</Text>
      {rows.map(([name, count]) => (
        <View key={name} className='overview__row'>
          <Text>{name}</Text>
          <Text>{count}</Text>
        </View>
      ))}
    </View>
  );
}

export default function OverviewPage() {
  const overview = useRemote(() => callFunction('reports', 'overview', {}), []);
  const outbox = useRemote(() => callFunction('reports', 'outbox').catch(() => [] as OutboxRow[]), []);
  return (
    <View className='page handler'>
      <PageState remote={overview}>
        {(o) => (
          <>
            <Counts
              title={`按渠道（共 ${o.total} 条）`}
              rows={Object.entries(o.byChannel).map(([c, n]) => [channelName(c), n])}
            />
            <Counts
              title='按状态'
              rows={Object.entries(o.byStatus).map(([s, n]) => [REPORT_STATUS_LABELS[s as ReportStatus] ?? s, n])}
            />
            <Counts title='按类别' rows={o.byCategory.map((c) => [categoryLabel(c.setting, c.category), c.count])} />
            <View className='card' id='hazard-list'>
              <Text className='handler__label'>隐患清单（未办结，按场所）</Text>
              {o.places.length === 0 && <Text className='muted'>暂无</Text>}
              {o.places.map((p) => (
                <View key={p.place} className='overview__row'>
                  <Text>{p.place}</Text>
                  <Text>
                    {p.open} 条{p.major ? `（重大 ${p.major}）` : ''}
                  </Text>
                </View>
              ))}
            </View>
            <View className='card'>
              <Text className='handler__label'>隐患地图（红点为重大隐患）</Text>
              <PointMap points={o.points} />
              {o.points.map((p) => (
                <Text key={p.trackingNo} className='muted overview__point'>
                  {p.trackingNo} {p.place}（{p.latitude.toFixed(4)}, {p.longitude.toFixed(4)}）
                </Text>
              ))}
            </View>
          </>
        )}
      </PageState>
      {outbox.data && outbox.data.length > 0 && (
        <View className='card'>
          <Text className='handler__label'>转交记录</Text>
          {outbox.data.map((row) => (
            <View key={row._id} className='overview__row'>
              <Text>
                {row.channelId} · {OUTBOX_LABELS[row.state]}
              </Text>
              <Text className='muted'>
                尝试 {row.attempts} 次{row.lastStatus !== undefined ? ` · ${row.lastStatus}` : ''} ·{' '}
                {chinaTime(row.updatedAt).slice(5)}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
