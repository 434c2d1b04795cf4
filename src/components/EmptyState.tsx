import type { ReactNode } from 'react';
import { View, Text, Image } from '@tarojs/components';
import emptyImage from '@/assets/empty/empty.png';
import './PageState.scss';

/**
 * Our own empty state: a picture shipped in the package (NutUI's Empty loads
 * its picture from a retailer's CDN, a broken image offline) and one line of text.
 */
export function EmptyState({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className='empty-state' role='status'>
      <Image className='empty-state__image' src={emptyImage} mode='aspectFit' />
      <Text className='empty-state__text'>{text}</Text>
      {children}
    </View>
  );
}
