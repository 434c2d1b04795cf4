import { View, Text } from '@tarojs/components';
import type { ArticleSummary } from '@domain/content/types';
import { go, routes } from '@/services/navigation';
import './ArticleList.scss';

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <View className='article-list'>
      {articles.map((a) => (
        <View key={a._id} className='article-list__item' onClick={() => go(routes.article(a._id))}>
          <View className='article-list__head'>
            <Text className='article-list__title'>{a.title}</Text>
            <Text className='article-list__topic'>{a.topic}</Text>
          </View>
          <Text className='muted'>{a.summary}</Text>
        </View>
      ))}
    </View>
  );
}
