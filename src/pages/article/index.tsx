import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { chinaTime } from '@domain/common/china-time';
import type { Article } from '@domain/content/types';
import { PageState } from '@/components/PageState';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { useThemeShare } from '@/hooks/useThemeShare';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import './index.scss';

export default function ArticlePage() {
  const id = useRouter().params.id ?? '';
  const article = useRemote<Article>(async () => {
    const a = await callFunction('content', 'getArticle', { id });
    void Taro.setNavigationBarTitle({ title: a.title });
    return a;
  }, [id]);
  const me = useMe();
  useThemeShare(() => article.data?.title ?? '安全知识', routes.article(id));
  // Coming back from the editor shows the saved text at once.
  useDidShow(() => {
    if (article.data) void article.reload();
  });

  return (
    <View className='page'>
      <PageState remote={article}>
        {(a) => (
          <View className='card article'>
            <Text className='article__title' id='article-title'>
              {a.title}
            </Text>
            <Text className='muted'>
              {a.topic} · 更新于 {chinaTime(a.updatedAt)}
            </Text>
            <Text className='article__summary'>{a.summary}</Text>
            <View id='article-body'>
              {a.paragraphs.map((p, i) => (
                <Text key={i} className='article__paragraph'>
                  {p}
                </Text>
              ))}
            </View>
            {a.source && (
              <Text className='muted article__source' id='article-source'>
                依据：{a.source}
              </Text>
            )}
            <Button id='quiz-after-article' type='primary' block onClick={() => go(routes.quiz())}>
              学完测一测
            </Button>
            {me.can('organizer') && (
              <Button
                id='edit-article'
                type='primary'
                fill='outline'
                block
                onClick={() => go(routes.editArticle(a._id))}
              >
                编辑这篇文章
              </Button>
            )}
          </View>
        )}
      </PageState>
    </View>
  );
}
