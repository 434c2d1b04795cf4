import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Glyph, type GlyphTone } from './Glyph';
import './list.scss';

/** A titled group of rows on a white card, as government-service apps list their entries. */
export function ListGroup({ title, children, id }: { title?: string; children: ReactNode; id?: string }) {
  return (
    <View className='list-group' id={id}>
      {title && <Text className='list-group__title'>{title}</Text>}
      <View className='list-group__body'>{children}</View>
    </View>
  );
}

interface RowProps {
  id?: string;
  /** One character drawn in the icon tile (never an emoji: Chromium and older phones lack them). */
  icon: string;
  tone?: GlyphTone;
  title: string;
  /** Grey text on the right, before the chevron. */
  note?: string;
  onClick: () => void;
}

/** One 88 px row: icon, title, optional note, right-aligned chevron. */
export function ListRow({ id, icon, tone = 'red', title, note, onClick }: RowProps) {
  return (
    <View className='list-row' id={id} onClick={onClick}>
      <Glyph char={icon} tone={tone} />
      <Text className='list-row__title'>{title}</Text>
      {note && <Text className='list-row__note'>{note}</Text>}
      <View className='chevron' />
    </View>
  );
}
