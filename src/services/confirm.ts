import Taro from '@tarojs/taro';
import { messageOf } from './api-error';

interface Modal {
  title: string;
  content: string;
  confirmText?: string;
  cancelText?: string;
  confirmColor?: string;
}

/**
 * Asks before an action that cannot be undone and runs it only on 确定; a
 * refusal is shown as a toast. Answers whether the action ran and succeeded.
 */
export async function confirmThen(modal: Modal, run: () => Promise<unknown>): Promise<boolean> {
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

/**
 * A cancel dialog (取消报名, 撤回…): "确定/取消" would read as "cancel the
 * cancellation", so the buttons say what they do, as government services word them.
 */
export const confirmCancel = (modal: Pick<Modal, 'title' | 'content'>, run: () => Promise<unknown>) =>
  confirmThen({ ...modal, cancelText: '再想想', confirmText: '确认取消', confirmColor: '#c8161d' }, run);
