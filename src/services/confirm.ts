import Taro from '@tarojs/taro';
import { messageOf } from './api-error';

/**
 * Asks before an action that cannot be undone and runs it only on 确定; a
 * refusal is shown as a toast. Answers whether the action ran and succeeded.
 */
export async function confirmThen(
  modal: { title: string; content: string; confirmText?: string },
  run: () => Promise<unknown>,
): Promise<boolean> {
  const { confirm } = await Taro.showModal(modal);
  if (!confirm) return false;
  try {
    await run();
    return true;
  } catch (e) {
    void Taro.showToast({ title: messageOf(e), icon: 'none' });
    return false;
  }
}
