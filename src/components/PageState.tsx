import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import type { Remote } from '@/hooks/useRemote';
import { EmptyState } from './EmptyState';
import './PageState.scss';

interface Props<T> {
  remote: Remote<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
}

/** Loading, error with retry, and empty states, so every page handles all three the same way. */
export function PageState<T>({ remote, isEmpty, emptyText = '暂无内容', children }: Props<T>) {
  const { data, error, loading, reload } = remote;
  if (data === undefined) {
    if (loading) return <Skeleton rows={6} animated className='page-state__skeleton' />;
    return (
      <View className='page-state' role='alert'>
        <Text className='page-state__message'>{error ?? '加载失败'}</Text>
        <Button type='primary' size='large' onClick={() => void reload()}>
          重新加载
        </Button>
      </View>
    );
  }
  if (isEmpty?.(data)) return <EmptyState text={emptyText} />;
  return (
    <>
      {error && (
        <View className='page-state__banner' role='alert' onClick={() => void reload()}>
          {error}（点此重试）
        </View>
      )}
      {children(data)}
    </>
  );
}
