import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { nextStatuses } from '@domain/reports/status';
import type { ReporterContact } from '@domain/reports/types';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { savedThenLeave } from '@/services/saved';
import { useRerouteForm } from './useRerouteForm';
import { useReviewForm } from './useReviewForm';
import { useSeverityForm } from './useSeverityForm';
import { useTransitionForm } from './useTransitionForm';

/**
 * One report on the handler's desk: its detail, the logged contact reveal and
 * one form per action (审核, status change, 隐患等级, 转办), each with its own input,
 * so sending one never uses or clears what was typed for another.
 */
export function useHandlerReport(id: string) {
  const report = useRemote(() => callFunction('reports', 'detail', { id }), [id]);
  const reload = () => void report.reload();
  const review = useReviewForm(id, reload);
  const transition = useTransitionForm(id, report.data, reload);
  const severity = useSeverityForm(id, report.data, reload);
  // 转办 takes the report out of this channel: back to the queue, which shows where it went.
  const reroute = useRerouteForm(id, report.data, reload, () => {
    void savedThenLeave('已转办', () => Taro.navigateBack().catch(() => reload()));
  });
  const [contact, setContact] = useState<ReporterContact | null>(null);
  const [contactError, setContactError] = useState('');

  // A report that can no longer move (办结, 不予受理) takes no input: drafts kept for it are forgotten.
  const settled = report.data ? nextStatuses(report.data.status).length === 0 : false;
  const { reset: resetReview } = review;
  const { reset: resetTransition } = transition;
  const { reset: resetSeverity } = severity;
  const { reset: resetReroute } = reroute;
  useEffect(() => {
    if (!settled) return;
    resetReview();
    resetTransition();
    resetSeverity();
    resetReroute();
  }, [settled, resetReview, resetTransition, resetSeverity, resetReroute]);

  const reveal = async () => {
    const { confirm } = await Taro.showModal({
      title: '查看联系方式',
      content: '查看举报人联系方式会被记录，确定查看吗？',
    });
    if (!confirm) return;
    try {
      setContactError('');
      setContact(await callFunction('reports', 'revealContact', { id }));
    } catch (e) {
      setContactError(messageOf(e));
    }
  };

  return { report, review, transition, severity, reroute, contact, contactError, reveal };
}
