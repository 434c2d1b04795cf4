import { View, Text } from '@tarojs/components';
import type { OutreachEntry } from '@domain/content/types';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { routes } from '@/services/navigation';
import './index.scss';

export default function OutreachPage() {
  const outreach = useRemote<OutreachEntry[]>(() => callFunction('content', 'listOutreach'), []);
  useThemeShare(() => '安全宣传“七进”：进企业、农村、社区、学校、家庭、机关、公共场所', routes.outreach);

  return (
    <View className='page'>
      <Text className='muted outreach__intro'>
        2026年方案将安全宣传“七进”作为安全生产月的重要抓手；2021—2025年各地多开展“五进”。
      </Text>
      <PageState remote={outreach} isEmpty={(o) => o.length === 0}>
        {(list) =>
          list.map((o) => (
            <View key={o._id} className='card outreach' id={`outreach-${o._id}`}>
              <Text className='outreach__name'>{o.name}</Text>
              <Text className='outreach__summary'>{o.summary}</Text>
              {o.practices.map((p) => (
                <Text key={p} className='muted outreach__practice'>
                  · {p}
                </Text>
              ))}
            </View>
          ))
        }
      </PageState>
    </View>
  );
}
