import Taro from '@tarojs/taro';

/**
 * Scrolls the current page to a field with an error (a selector such as
 * `#signup-phone`), over 200 ms; a selector that matches nothing leaves the page
 * where it is. Never throws.
 */
export function scrollToField(selector: string): void {
  void Taro.pageScrollTo({ selector, duration: 200 })?.catch?.(() => undefined);
}
