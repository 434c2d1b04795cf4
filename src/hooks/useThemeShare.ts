import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';

/** Share card for theme pages; the page config must set enableShareAppMessage. */
export function useThemeShare(title: () => string, path: string) {
  useShareAppMessage(() => ({ title: title(), path }));
  useShareTimeline(() => ({ title: title() }));
}
