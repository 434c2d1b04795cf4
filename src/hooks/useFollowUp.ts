import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { RatingLevel } from '@domain/reports/follow-up';
import type { MyReport } from '@domain/reports/types';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

/**
 * 催办 and 满意度评价 of one report in 我的举报. Busy-guarded, so a double tap
 * sends once; the server's refusal (too early, already rated) is shown as it says it.
 */
export function useFollowUp(report: MyReport, onChanged: (fresh: MyReport) => void) {
  const [busy, setBusy] = useState(false);
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');

  async function send(run: () => Promise<MyReport>, done: string) {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      onChanged(await run());
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const urge = () => send(() => callFunction('reports', 'urge', { id: report._id }), '已催办');
  const rate = () => {
    if (!level) {
      setError('请选择满意程度');
      return Promise.resolve();
    }
    return send(() => callFunction('reports', 'rate', { id: report._id, level, comment }), '感谢您的评价');
  };
  return { busy, level, setLevel, comment, setComment, error, urge, rate };
}
