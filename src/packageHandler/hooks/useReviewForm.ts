import { moderateInput, type ModerateInput } from '@domain/reports/schemas';
import type { HandlerReport } from '@domain/reports/types';
import { useForm } from '@/hooks/useForm';
import { callFunction } from '@/services/cloud';
import { askBefore } from '@/services/confirm';
import { refreshOnConflict } from './refresh-on-conflict';

/** The 待审核 desk's 审核说明; 通过 or 不通过 comes from the button tapped. */
export interface ReviewDraft {
  decision: ModerateInput['decision'] | '';
  note: string;
}

export const blankReview = (): ReviewDraft => ({ decision: '', note: '' });

export const reviewDraftKey = (id: string) => `draft:handler-review:${id}`;

/** 通过 may go without a note (the record says 人工审核通过); 不通过 needs the reason the reporter reads. */
export const reviewInputOf = (id: string, d: ReviewDraft): ModerateInput => ({
  id,
  decision: d.decision as ModerateInput['decision'],
  note: d.note.trim() || (d.decision === 'pass' ? '人工审核通过' : ''),
});

/**
 * The 待审核 desk on the one form hook. 不通过 closes the report as 不予受理,
 * so the handler is asked first; the draft is kept per report until decided.
 */
export function useReviewForm(id: string, after: () => void) {
  const form = useForm<ReviewDraft, ModerateInput, HandlerReport>({
    initial: blankReview,
    schema: moderateInput,
    toInput: (d) => reviewInputOf(id, d),
    confirm: (input) =>
      input.decision === 'hold'
        ? askBefore('不通过', '不通过即不予受理，举报人会看到您的审核说明，之后不能撤回。')
        : true,
    draftKey: reviewDraftKey(id),
    worthKeeping: (d) => Boolean(d.note.trim()),
    fieldSelector: () => '#review-note',
    send: (input) => refreshOnConflict(() => callFunction('reports', 'moderate', input), after),
    done: () => {
      form.reset();
      after();
    },
  });
  return { ...form, decide: (decision: ReviewDraft['decision']) => form.submit({ decision }) };
}
