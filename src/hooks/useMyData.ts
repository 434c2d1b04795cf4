import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { Erasure } from '@domain/privacy/my-data';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { forgetPersonalStorage } from '@/services/personal-storage';
import { useRemote } from './useRemote';

/**
 * 删除我的数据: what is held about the caller, and the deletion itself after a
 * confirmation; on success what this device remembers goes too.
 */
export function useMyData() {
  const held = useRemote(() => callFunction('privacy', 'myData'), []);
  const [erasing, setErasing] = useState(false);
  const [done, setDone] = useState<Erasure | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function erase() {
    if (erasing) return;
    const { confirm } = await Taro.showModal({
      title: '删除我的数据',
      content:
        '未开始的报名将被取消，您填写的姓名、手机号和单位将被删除，举报不再与您关联。删除后不能恢复，确定删除吗？',
      confirmText: '删除',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    setErasing(true);
    setError(null);
    try {
      setDone(await callFunction('privacy', 'deleteMyData', { confirm: true }));
      forgetPersonalStorage();
      await held.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setErasing(false);
    }
  }

  return { held, erasing, done, error, erase };
}
