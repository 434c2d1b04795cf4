import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { ARTICLE_TOPICS, type ArticleSummary, type ArticleTopic } from '@domain/content/types';
import { ArticleList } from '@/components/ArticleList';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { routes } from '@/services/navigation';
import './index.scss';

export default function ArticlesPage() {
  const [topic, setTopic] = useState<ArticleTopic>();
  const articles = useRemote<ArticleSummary[]>(() => callFunction('content', 'listArticles', { topic }), [topic]);
  useThemeShare(() => '身边的安全隐患知识', routes.articles);

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
      <Text className='muted'>下拉可刷新</Text>
    </View>
  );
}
