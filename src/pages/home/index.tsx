import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { HomeView } from '@domain/content/types';
import { PageState } from '@/components/PageState';
import { ArticleList } from '@/components/ArticleList';
import { Glyph, type GlyphTone } from '@/components/list/Glyph';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import './index.scss';

/** The 金刚区: the services a resident comes for, right under the theme, three to a row. */
const SERVICES: { id: string; icon: string; tone: GlyphTone; label: string; route: string }[] = [
  { id: 'open-report', icon: '拍', tone: 'red', label: '随手拍', route: routes.report },
  { id: 'open-events', icon: '报', tone: 'orange', label: '咨询日报名', route: routes.events },
  { id: 'open-checkin', icon: '签', tone: 'green', label: '七进签到', route: routes.checkIn },
  { id: 'open-quiz', icon: '答', tone: 'orange', label: '知识答题', route: routes.quiz() },
  { id: 'open-knowledge', icon: '知', tone: 'purple', label: '安全知识', route: routes.articles },
  { id: 'open-history', icon: '史', tone: 'blue', label: '历年主题', route: routes.themes },
];

function ServiceGrid() {
  return (
    <View className='card home__grid' id='services'>
      {SERVICES.map((s) => (
        <View key={s.id} id={s.id} className='home__service' onClick={() => go(s.route)}>
          <Glyph char={s.icon} tone={s.tone} large />
          <Text className='home__service-label'>{s.label}</Text>
        </View>
      ))}
    </View>
  );
}

export default function HomePage() {
  const home = useRemote<HomeView>(() => callFunction('content', 'home'), []);
  // Content is data: back from an editor (or a while later), the theme is the one saved now.
  useDidShow(() => {
    if (home.data) void home.reload();
  });
  useThemeShare(() => home.data?.theme?.title ?? '安全生产月', routes.home);

  return (
    <View className='page home'>
      <PageState remote={home}>
        {({ theme, campaign, outreach, articles }) => (
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

            <ServiceGrid />
            {campaign.notice && (
              <View className='home__notice' id='campaign-notice'>
                {campaign.notice}
              </View>
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
          </>
        )}
      </PageState>
    </View>
  );
}
