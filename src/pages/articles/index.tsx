import { useState } from 'react';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ARTICLE_TOPICS, type ArticleSummary, type ArticleTopic } from '@domain/content/types';
import { ArticleList } from '@/components/ArticleList';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { useMe } from '@/hooks/useMe';
import './index.scss';

export default function ArticlesPage() {
  const [topic, setTopic] = useState<ArticleTopic>();
  const articles = useRemote<ArticleSummary[]>(() => callFunction('content', 'listArticles', { topic }), [topic]);
  useThemeShare(() => '身边的安全隐患知识', routes.articles);
  const me = useMe();
  // Back from the editor: a new or edited article is listed at once.
  useDidShow(() => {
    if (articles.data) void articles.reload();
  });

  const chip = (value: ArticleTopic | undefined, label: string) => (
    <View
      key={label}
      className={`topics__chip ${topic === value ? 'topics__chip--on' : ''}`}
      onClick={() => setTopic(value)}
    >
      {label}
    </View>
  );

  return (
    <View className='page'>
      <View className='topics'>{[chip(undefined, '全部'), ...ARTICLE_TOPICS.map((t) => chip(t, t))]}</View>
      <View className='card'>
        <PageState remote={articles} isEmpty={(a) => a.length === 0} emptyText='这个分类暂无文章'>
          {(list) => <ArticleList articles={list} />}
        </PageState>
      </View>
      {me.can('organizer') && (
        <Button id='new-article' type='primary' fill='outline' block onClick={() => go(routes.newArticle)}>
          ＋ 写一篇新文章
        </Button>
      )}
      {me.can('organizer') && (
        <Button id='edit-theme' fill='outline' block onClick={() => go(routes.editTheme())}>
          编辑年度主题
        </Button>
      )}
    </View>
  );
}
