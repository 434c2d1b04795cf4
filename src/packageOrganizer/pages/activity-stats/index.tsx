import { useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { chinaDay } from '@domain/common/china-time';
import { barWidths, statsRange } from '@domain/activities/stats';
import { HAZARD_BASIS } from '@domain/activities/stats-sheet';
import type { StatsTable } from '@domain/activities/types';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { openExport } from '@/services/open-file';
import './index.scss';

function Chart({ table }: { table: StatsTable }) {
  const widths = barWidths(table.outreach.map((r) => r.attendances));
  return (
    <View className='card stats__chart'>
      <Text className='section-title'>参与人次</Text>
      {table.outreach.map((r, i) => (
        <View key={r.kind} className='stats__bar-row'>
          <Text className='stats__bar-label'>{r.label}</Text>
          <View className='stats__bar-track'>
            <View className='stats__bar' style={{ width: `${widths[i]}%` }} />
          </View>
          <Text className='stats__bar-value'>{r.attendances}</Text>
        </View>
      ))}
    </View>
  );
}

function Table({ table }: { table: StatsTable }) {
  return (
    <View className='card'>
      <Text className='section-title'>活动进展情况统计表</Text>
      <Text className='muted'>
        填报单位：{table.unit} · {table.from} 至 {table.to}
      </Text>
      <View className='stats__row stats__row--head'>
        <Text className='stats__cell stats__cell--label'>活动项目</Text>
        <Text className='stats__cell'>场次</Text>
        <Text className='stats__cell'>人次</Text>
      </View>
      {table.outreach.map((r) => (
        <View key={r.kind} className='stats__row' id={`stats-${r.kind}`}>
          <Text className='stats__cell stats__cell--label'>{r.label}</Text>
          <Text className='stats__cell'>{r.sessions}</Text>
          <Text className='stats__cell'>{r.attendances}</Text>
        </View>
      ))}
      <View className='stats__row' id='stats-consultation'>
        <Text className='stats__cell stats__cell--label'>
          安全宣传咨询日（按场次日期：报名 {table.consultation.signups}）
        </Text>
        <Text className='stats__cell'>{table.consultation.sessions}</Text>
        <Text className='stats__cell'>{table.consultation.attended}</Text>
      </View>
      <View className='stats__row' id='stats-hazards'>
        <Text className='stats__cell stats__cell--label'>收到隐患随手拍举报（条，{HAZARD_BASIS}）</Text>
        <Text className='stats__cell'>—</Text>
        <Text className='stats__cell'>{table.hazardReports}</Text>
      </View>
      <View className='stats__row' id='stats-quiz'>
        <Text className='stats__cell stats__cell--label'>网络知识答题（人次）</Text>
        <Text className='stats__cell'>—</Text>
        <Text className='stats__cell'>{table.quiz}</Text>
      </View>
    </View>
  );
}

/** 统计表: the unit's 场次 and 人次 for a date range, and the 附件2-style export. */
export default function ActivityStatsPage() {
  const params = useRouter().params;
  const [range, setRange] = useState(() => statsRange(chinaDay(Date.now()), params.from, params.to));
  const table = useRemote(() => callFunction('checkins', 'stats', range), [range.from, range.to]);
  const [exporting, setExporting] = useState(false);

  const exportTable = async () => {
    setExporting(true);
    try {
      await openExport(await callFunction('exports', 'stats', range));
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setExporting(false);
    }
  };

  return (
    <View className='page stats'>
      <View className='card stats__range'>
        <Picker mode='date' value={range.from} onChange={(e) => setRange({ ...range, from: String(e.detail.value) })}>
          <View className='stats__date' id='stats-from'>
            {range.from}
          </View>
        </Picker>
        <Text>至</Text>
        <Picker mode='date' value={range.to} onChange={(e) => setRange({ ...range, to: String(e.detail.value) })}>
          <View className='stats__date' id='stats-to'>
            {range.to}
          </View>
        </Picker>
      </View>
      <PageState remote={table}>
        {(t) => (
          <>
            <Table table={t} />
            <Chart table={t} />
          </>
        )}
      </PageState>
      <Button id='export-stats' type='primary' block loading={exporting} onClick={() => void exportTable()}>
        导出统计表（Excel）
      </Button>
    </View>
  );
}
