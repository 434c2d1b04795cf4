import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ReporterContact, Severity } from '@domain/reports/types';
import type { TransitionInput } from '@domain/reports/schemas';
import type { ReportStatus } from '@domain/reports/status';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

export interface TransitionForm {
  note: string;
  reasonId: string;
  linkedTrackingNo: string;
  referral: string;
}

const blank: TransitionForm = { note: '', reasonId: '', linkedTrackingNo: '', referral: '' };

/** One report on the handler's desk: its detail, the transition form, severity and the logged contact reveal. */
export function useHandlerReport(id: string) {
  const report = useRemote(() => callFunction('reports', 'detail', { id }), [id]);
  const [form, setForm] = useState<TransitionForm>(blank);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [contact, setContact] = useState<ReporterContact | null>(null);

  const change = (patch: Partial<TransitionForm>) => {
    setForm((old) => ({ ...old, ...patch }));
    setError('');
  };

  const run = async (work: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      setForm(blank);
      setError('');
      await report.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const transition = (to: ReportStatus) =>
    run(() =>
      callFunction('reports', 'transition', {
        id,
        to,
        note: form.note,
        ...(to === 'rejected'
          ? {
              reasonId: (form.reasonId || undefined) as TransitionInput['reasonId'],
              linkedTrackingNo: form.linkedTrackingNo || undefined,
              referral: form.referral || undefined,
            }
          : {}),
      }),
    );

  /** The 待审核 desk: 通过 releases it (the note may stay empty), 不通过 needs the reason the reporter will read. */
  const moderate = (decision: 'pass' | 'hold') =>
    run(() =>
      callFunction('reports', 'moderate', {
        id,
        decision,
        note: form.note.trim() || (decision === 'pass' ? '人工审核通过' : ''),
      }),
    );

  const setSeverity = (severity: Severity) =>
    run(() => callFunction('reports', 'setSeverity', { id, severity, note: form.note }));

  const reveal = async () => {
    const { confirm } = await Taro.showModal({
      title: '查看联系方式',
      content: '查看举报人联系方式会被记录，确定查看吗？',
    });
    if (!confirm) return;
    try {
      setContact(await callFunction('reports', 'revealContact', { id }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return { report, form, error, busy, contact, change, transition, moderate, setSeverity, reveal };
}
