import Taro from '@tarojs/taro';
import { messageOf } from './api-error';

interface Modal {
  title: string;
  content: string;
  confirmText?: string;
  cancelText?: string;
  confirmColor?: string;
}

/** WeChat shows no modal at all when a button's text is longer than 4 characters. */
export const MODAL_BUTTON_MAX = 4;

/**
 * Asks before what cannot be undone (办结, 不予受理). The buttons say what they do:
 * 再想想 keeps everything as it was; the confirm button is `确认<verb>` when that
 * fits WeChat's 4 characters, else 确认 (the title names the action). Answers whether the person confirmed.
 */
export async function askBefore(verb: string, content: string): Promise<boolean> {
  const confirmText = `确认${verb}`.length <= MODAL_BUTTON_MAX ? `确认${verb}` : '确认';
  const { confirm } = await Taro.showModal({
    title: `确认${verb}？`,
    content,
    cancelText: '再想想',
    confirmText,
    confirmColor: '#c8161d',
  });
  return confirm;
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
