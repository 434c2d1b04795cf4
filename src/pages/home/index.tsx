import { View, Text } from '@tarojs/components';
import type { HomeView } from '@domain/content/types';
import { PageState } from '@/components/PageState';
import { ArticleList } from '@/components/ArticleList';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import './index.scss';

export default function HomePage() {
  const home = useRemote<HomeView>(() => callFunction('content', 'home'), []);
  useThemeShare(() => home.data?.theme?.title ?? '安全生产月', routes.home);

  return (
    <View className='page home'>
      <PageState remote={home}>
        {({ theme, outreach, articles }) => (
          <>
            {theme ? (
              <View className='home__hero' id='current-theme'>
                <Text className='home__ordinal'>
                  {theme.year}年 · 第{theme.ordinal}个全国“安全生产月”
                </Text>
                <Text className='home__title'>{theme.title}</Text>
                <Text className='home__period'>活动时间：{theme.period}</Text>
                <View className='home__dates'>
                  {theme.keyDates.map((d) => (
                    <View key={d.date} className='home__date'>
                      <Text className='home__date-day'>{d.date.slice(5).replace('-', '·')}</Text>
                      <Text className='home__date-label'>{d.label}</Text>
                    </View>
                  ))}
                </View>
              </View>
            ) : (
              <View className='card'>暂未发布今年的活动主题</View>
            )}

            {theme && theme.keyActivities.length > 0 && (
              <View className='card'>
                <Text className='section-title'>重点活动</Text>
                {theme.keyActivities.map((a, i) => (
                  <View key={a.title} className='home__activity'>
                    <Text className='home__activity-title'>
                      {i + 1}. {a.title}
                    </Text>
                    <Text className='muted'>{a.summary}</Text>
                  </View>
                ))}
              </View>
            )}

            <View className='card'>
              <View className='home__row'>
                <Text className='section-title'>安全宣传“{outreach.length === 7 ? '七' : '五'}进”</Text>
                <Text className='link' onClick={() => go(routes.outreach)}>
                  详细了解 ›
                </Text>
              </View>
              <View className='home__outreach'>
                {outreach.map((o) => (
                  <View key={o._id} className='home__outreach-item' onClick={() => go(routes.outreach)}>
                    {o.name}
                  </View>
                ))}
              </View>
            </View>

            <View className='card'>
              <View className='home__row'>
                <Text className='section-title'>身边的安全知识</Text>
                <Text className='link' onClick={() => go(routes.articles)}>
                  全部 ›
                </Text>
              </View>
              <ArticleList articles={articles} />
            </View>

            <View className='card link' id='open-report' onClick={() => go(routes.report)}>
              隐患随手拍：发现身边隐患，一键举报 ›
            </View>

            <View className='card link' id='open-quiz' onClick={() => go(routes.quiz())}>
              网络知识答题：测测你的“安全力” ›
            </View>

            <View className='card link' id='open-events' onClick={() => go(routes.events)}>
              6·16 安全宣传咨询日：现场活动报名 ›
            </View>

            <View className='card link' id='open-checkin' onClick={() => go(routes.checkIn)}>
              “七进”活动签到：扫码或输入现场签到码 ›
            </View>

            <View className='card home__history link' id='open-history' onClick={() => go(routes.themes)}>
              历年安全生产月主题 ›
            </View>
          </>
        )}
      </PageState>
    </View>
  );
}
