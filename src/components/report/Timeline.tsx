import { View, Text } from '@tarojs/components';
import { chinaTime } from '@domain/common/china-time';
import { REPORT_STATUS_LABELS } from '@domain/reports/status';
import type { TimelineEntry } from '@domain/reports/types';
import { PhotoGrid } from './PhotoGrid';
import './report.scss';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className='timeline'>
      {entries.map((e) => (
        <View key={`${e.at}-${e.status}-${e.label ?? ''}`} className='timeline__entry'>
          <Text className='timeline__status'>{e.label ?? REPORT_STATUS_LABELS[e.status]}</Text>
          <Text className='muted'>{chinaTime(e.at)}</Text>
          {e.note && <Text className='muted'>{e.note}</Text>}
          {e.photos && <PhotoGrid photos={e.photos} />}
        </View>
      ))}
    </View>
  );
}
