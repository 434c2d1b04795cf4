import Taro from '@tarojs/taro';

/**
 * How long a save's confirmation stays on screen before the editor leaves, in
 * ms. Leaving at once loses it: Taro's H5 router hides a toast when the page
 * changes (`__afterTaroRouterChange`), and the person never sees 已保存.
 */
export const SAVED_TOAST_MS = 1200;

/**
 * The one way an editor ends a save: `title` (已保存, 已保存并发布…) with a tick,
 * its mask holding off a second tap, for `SAVED_TOAST_MS`; then `leave` (by
 * default back to the page the editor was opened from). A failed Back (the
 * editor was opened on its own) is left alone: the page shows what was saved.
 */
export async function savedThenLeave(
  title = '已保存',
  leave: () => unknown = () => Taro.navigateBack(),
): Promise<void> {
  await Taro.showToast({ title, icon: 'success', mask: true, duration: SAVED_TOAST_MS });
  await new Promise((done) => setTimeout(done, SAVED_TOAST_MS));
  await Promise.resolve()
    .then(leave)
    .catch(() => undefined);
}
