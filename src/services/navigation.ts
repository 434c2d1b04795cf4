import Taro from '@tarojs/taro';

import { routes } from './routes';

export { routes };

const TABS = new Set([routes.home, routes.articles, routes.me]);

export function go(url: string): void {
  if (TABS.has(url)) void Taro.switchTab({ url });
  else void Taro.navigateTo({ url });
}

/**
 * After a form is sent: the result page takes the form's place, so Back never
 * returns to a submitted form.
 */
export function replaceWith(url: string): void {
  if (TABS.has(url)) void Taro.switchTab({ url });
  else void Taro.redirectTo({ url });
}
