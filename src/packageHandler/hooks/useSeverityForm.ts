import { severityInput, type SeverityInput } from '@domain/reports/schemas';
import { SEVERITY_LABELS, type HandlerReport, type Severity } from '@domain/reports/types';
import { useForm } from '@/hooks/useForm';
import { callFunction } from '@/services/cloud';
import { refreshOnConflict } from './refresh-on-conflict';

/** 隐患等级 as its own form: a level picked, its own 定级说明, sent by its own button. */
export interface SeverityDraft {
  severity: Severity | '';
  note: string;
}

export const blankSeverity = (): SeverityDraft => ({ severity: '', note: '' });

export const severityDraftKey = (id: string) => `draft:handler-severity:${id}`;

/**
 * Picking a level only selects it; 保存等级 sends it with its 定级说明, so a
 * stray tap sends nothing and the 处理说明 of the status form is never used
 * or cleared. Saving the level the report already has is refused before sending.
 */
export function useSeverityForm(id: string, report: HandlerReport | undefined, after: () => void) {
  const form = useForm<SeverityDraft, SeverityInput, HandlerReport>({
    initial: blankSeverity,
    schema: severityInput,
    toInput: (d) => ({ id, severity: d.severity as Severity, note: d.note }),
    rules: (input): Record<string, string> =>
      report?.severity && input.severity === report.severity
        ? { severity: `已定为“${SEVERITY_LABELS[report.severity]}”，请选择其他等级或不必保存` }
        : {},
    draftKey: severityDraftKey(id),
    worthKeeping: (d) => Boolean(d.severity || d.note.trim()),
    fieldSelector: (field) => (field === 'severity' ? '#severity-choices' : '#severity-note'),
    send: (input) => refreshOnConflict(() => callFunction('reports', 'setSeverity', input), after),
    done: () => {
      form.reset();
      after();
    },
  });
  return form;
}
