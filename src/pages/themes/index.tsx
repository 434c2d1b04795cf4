import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { Theme } from '@domain/content/types';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { routes } from '@/services/navigation';
import './index.scss';

export default function ThemesPage() {
  const themes = useRemote<Theme[]>(() => callFunction('content', 'listThemes'), []);
  // Content is data: an edited theme shows the next time this page does.
  useDidShow(() => {
    if (themes.data) void themes.reload();
  });
  useThemeShare(() => '历年全国“安全生产月”主题', routes.themes);

  return (
    <View className='page'>
      <PageState remote={themes} isEmpty={(t) => t.length === 0} emptyText='暂无历年主题'>
        {(list) =>
          list.map((t) => (
            <View key={t._id} className='card theme-item'>
              <Text className='theme-item__year'>
                {t.year}年 · 第{t.ordinal}个
              </Text>
              <Text className='theme-item__title'>{t.title}</Text>
              {t.keyActivities.length > 0 && (
                <View className='theme-item__activities'>
                  {t.keyActivities.map((a) => (
                    <Text key={a.title} className='muted'>
                      · {a.title}
                    </Text>
                  ))}
                </View>
              )}
              <Text className='theme-item__source'>来源：{t.source}</Text>
            </View>
          ))
        }
      </PageState>
    </View>
  );
}
