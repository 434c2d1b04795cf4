import { deadlineProblem } from './rectification';

/** A report's life: 已提交 → 已受理 → 整改中 → 已办结, or 不予受理 with a reason from a fixed list. */
export const REPORT_STATUSES = ['submitted', 'accepted', 'rectifying', 'closed', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  rectifying: '整改中',
  closed: '已办结',
  rejected: '不予受理',
};

/** What a handler's button says for moving a report to a status: a verb, not the status's name. */
export const TRANSITION_VERBS: Record<Exclude<ReportStatus, 'submitted'>, string> = {
  accepted: '受理',
  rectifying: '转入整改',
  closed: '办结',
  rejected: '不予受理',
};

const NEXT: Record<ReportStatus, ReportStatus[]> = {
  submitted: ['accepted', 'rejected'],
  accepted: ['rectifying', 'closed'],
  rectifying: ['closed'],
  closed: [],
  rejected: [],
};

export const OPEN_STATUSES: ReportStatus[] = ['submitted', 'accepted', 'rectifying'];

export function nextStatuses(from: ReportStatus): ReportStatus[] {
  return NEXT[from];
}

export function canTransition(from: ReportStatus, to: ReportStatus): boolean {
  return NEXT[from].includes(to);
}

export interface RejectReason {
  id: string;
  label: string;
  /** What the handler must add for the reporter to act on. */
  needs?: 'linkedTrackingNo' | 'referral';
}

export const REJECT_REASONS: RejectReason[] = [
  { id: 'duplicate', label: '同一事项已受理', needs: 'linkedTrackingNo' },
  { id: 'no_facts', label: '没有明确的举报对象或事实' },
  { id: 'out_of_scope', label: '不属于各渠道受理范围', needs: 'referral' },
  { id: 'legal_procedure', label: '已经或应当通过诉讼、仲裁、行政复议等法定途径解决' },
  { id: 'already_handled', label: '已由有关部门依法处理完毕' },
];

export const TRACKING_NO = /^YH\d{8}-\d{6}$/;

/** The checks on a transition that are rules, not schema shape; answers a Chinese message or null. */
export function transitionProblem(input: {
  from: ReportStatus;
  to: ReportStatus;
  reasonId?: string;
  linkedTrackingNo?: string;
  referral?: string;
  /** 整改限期 (China day `YYYY-MM-DD`), required for 转入整改. */
  deadline?: string;
  /** ms: the 限期 is checked against today in China time. */
  now: number;
  /** 整改照片 (file ids): only with 转入整改 or 办结. */
  photos?: string[];
}): string | null {
  if (!canTransition(input.from, input.to)) {
    return `当前状态为“${REPORT_STATUS_LABELS[input.from]}”，不能改为“${REPORT_STATUS_LABELS[input.to]}”`;
  }
  if (input.photos?.length && input.to !== 'rectifying' && input.to !== 'closed')
    return '整改照片只能随转入整改或办结提交';
  if (input.to === 'rectifying') return deadlineProblem(input.deadline, input.now);
  if (input.to !== 'rejected') return null;
  const reason = REJECT_REASONS.find((r) => r.id === input.reasonId);
  if (!reason) return '请选择不予受理的理由';
  if (reason.needs === 'linkedTrackingNo' && !TRACKING_NO.test(input.linkedTrackingNo ?? '')) {
    return '请填写此前已受理的举报编号（如 YH20260616-000123）';
  }
  if (reason.needs === 'referral' && !input.referral?.trim()) return '请告知举报人应向何处反映';
  return null;
}

/**
 * Why a report in `status` takes no more changes (status, 隐患等级, anything a
 * handler sets), in Chinese; null while it is open. Checked on the server for
 * every handler change, not only hidden in the page.
 */
export function finalReportRefusal(status: ReportStatus): string | null {
  if (status === 'closed') return '这条举报已办结，不能再改动';
  if (status === 'rejected') return '这条举报已不予受理，不能再改动';
  return null;
}

/** Transitions that cannot be undone (the report leaves the open list): the handler is asked before sending. */
export const isFinal = (to: ReportStatus): boolean => !OPEN_STATUSES.includes(to);

/**
 * `transitionProblem` on the field it is about, for a form to mark under that
 * field: the reason under the reason chips, the earlier tracking number or the
 * referral under their boxes, the 整改限期 under its picker; a status the report cannot move to is the form's (`_`).
 */
export function transitionFieldErrors(input: Parameters<typeof transitionProblem>[0]): Record<string, string> {
  const problem = transitionProblem(input);
  if (!problem) return {};
  if (!canTransition(input.from, input.to)) return { _: problem };
  if (input.photos?.length && input.to !== 'rectifying' && input.to !== 'closed') return { photos: problem };
  if (input.to === 'rectifying') return { deadline: problem };
  const reason = REJECT_REASONS.find((r) => r.id === input.reasonId);
  return { [reason ? (reason.needs ?? '_') : 'reasonId']: problem };
}
