import { transitionInput, type TransitionInput } from '@domain/reports/schemas';
import {
  isFinal,
  REJECT_REASONS,
  TRANSITION_VERBS,
  transitionFieldErrors,
  type ReportStatus,
} from '@domain/reports/status';
import { REPORT_LIMITS } from '@domain/reports/limits';
import type { HandlerReport } from '@domain/reports/types';
import { useForm } from '@/hooks/useForm';
import { newClientKey, usePhotoUpload, type DraftPhoto } from '@/hooks/usePhotoUpload';
import { callFunction } from '@/services/cloud';
import { askBefore } from '@/services/confirm';
import { refreshOnConflict } from './refresh-on-conflict';

/** The handler's 处理说明 and, for 不予受理, the reason and what it needs. */
export interface TransitionDraft {
  /** Which status button was tapped: given by the button at submit, never kept in the draft. */
  to: ReportStatus | '';
  note: string;
  reasonId: string;
  linkedTrackingNo: string;
  referral: string;
  /** 整改限期 (China day `YYYY-MM-DD`) for 转入整改; '' until picked. */
  deadline: string;
  /** The 整改照片's submission key: their `reports.photoTicket` folder; a new one after each change. */
  clientKey: string;
  /** 整改照片 (up to 3), sent with 转入整改 or 办结. */
  photos: DraftPhoto[];
}

/** The statuses a change may carry 整改照片 with (the server's rule too). */
const WITH_PHOTOS: ReportStatus[] = ['rectifying', 'closed'];

export const blankTransition = (): TransitionDraft => ({
  to: '',
  note: '',
  reasonId: '',
  linkedTrackingNo: '',
  referral: '',
  deadline: '',
  clientKey: newClientKey(),
  photos: [],
});

/** Per report, so a note typed for one report never turns up on another. */
export const transitionDraftKey = (id: string) => `draft:handler-note:${id}`;

/**
 * The payload: the 整改照片 (with their submission key) only with 转入整改 or
 * 办结; the 整改限期 only with 转入整改; the 不予受理 fields only with
 * 不予受理, and only the one its reason needs.
 */
export function transitionInputOf(id: string, d: TransitionDraft): TransitionInput {
  const photos =
    WITH_PHOTOS.includes(d.to as ReportStatus) && d.photos.length
      ? { clientKey: d.clientKey, photos: d.photos.map((p) => p.fileId) }
      : {};
  const input = { id, to: d.to as ReportStatus, note: d.note, ...photos };
  if (d.to === 'rectifying') return { ...input, deadline: d.deadline || undefined };
  if (d.to !== 'rejected') return input;
  const reason = REJECT_REASONS.find((r) => r.id === d.reasonId);
  return {
    ...input,
    reasonId: (reason?.id || undefined) as TransitionInput['reasonId'],
    ...(reason?.needs === 'linkedTrackingNo' ? { linkedTrackingNo: d.linkedTrackingNo } : {}),
    ...(reason?.needs === 'referral' ? { referral: d.referral } : {}),
  };
}

/** What the handler is asked before a change that cannot be undone; null for the others. */
export function finalQuestion(input: TransitionInput): { verb: string; content: string } | null {
  if (!isFinal(input.to) || input.to === 'submitted') return null;
  const verb = TRANSITION_VERBS[input.to];
  if (input.to === 'rejected') {
    const reason = REJECT_REASONS.find((r) => r.id === input.reasonId)?.label ?? '';
    return { verb, content: `不予受理后不能撤回，举报人会看到理由“${reason}”和您的处理说明。` };
  }
  return { verb, content: '办结后这条举报不能再改动，举报人会收到办结结果和您的处理说明。' };
}

/**
 * 受理 / 转入整改 / 办结 / 不予受理 on the one form hook: every button sends
 * the same 处理说明 with its own status (`submit({ to })`), checked in one pass
 * with the status rules (转入整改 needs a 整改限期 from today to 90 days on, China time); 办结 and 不予受理 are asked about first (再想想 /
 * 确认办结). The draft is kept per report across Back and reload; after a
 * change it is cleared and `after` reloads the report.
 */
export function useTransitionForm(id: string, report: HandlerReport | undefined, after: () => void) {
  const form = useForm<TransitionDraft, TransitionInput, HandlerReport>({
    initial: blankTransition,
    schema: transitionInput,
    toInput: (d) => transitionInputOf(id, d),
    rules: (input) =>
      report && input.to ? transitionFieldErrors({ from: report.status, ...input, now: Date.now() }) : {},
    confirm: (input) => {
      const question = finalQuestion(input);
      return question ? askBefore(question.verb, question.content) : true;
    },
    draftKey: transitionDraftKey(id),
    worthKeeping: (d) =>
      Boolean(
        d.note.trim() || d.reasonId || d.linkedTrackingNo.trim() || d.referral.trim() || d.deadline || d.photos.length,
      ),
    fieldSelector: (field) =>
      field === 'to' ? null : field === 'deadline' ? '#handler-deadline-pick' : `#handler-${field}`,
    send: (input) => refreshOnConflict(() => callFunction('reports', 'transition', input), after),
    done: () => {
      form.reset();
      after();
    },
  });
  const { upload, addPhotos, removePhoto } = usePhotoUpload(form, REPORT_LIMITS.rectificationPhotosMax);
  return {
    ...form,
    upload,
    addPhotos,
    removePhoto,
    /** Ignored while 整改照片 are still uploading: their slots are not in the draft yet. */
    move: (to: ReportStatus) => (upload ? Promise.resolve(null) : form.submit({ to })),
  };
}
