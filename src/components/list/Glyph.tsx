import { View, Text } from '@tarojs/components';
import './list.scss';

export type GlyphTone = 'red' | 'orange' | 'blue' | 'green' | 'purple' | 'grey';

/**
 * An icon tile: one character on a tinted square. Drawn with CSS and the system
 * font (no icon font, no emoji, no network), so it renders the same on weapp and H5.
 */
export function Glyph({ char, tone = 'red', large = false }: { char: string; tone?: GlyphTone; large?: boolean }) {
  return (
    <View className={`glyph glyph--${tone}${large ? ' glyph--large' : ''}`}>
      <Text className='glyph__char'>{char}</Text>
    </View>
  );
}

/** A map pin drawn in CSS, where "📍" would be a missing-glyph box in Chromium. */
export function PinIcon() {
  return <View className='pin-icon' aria-hidden />;
}
