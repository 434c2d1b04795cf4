import { View, Text, Input } from '@tarojs/components';
import { REJECT_REASONS, type ReportStatus } from '@domain/reports/status';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import type { useHandlerReport } from '../../hooks/useHandlerReport';
import { useRejectReasons } from '../../hooks/useRejectReasons';

/** What the one field a reason needs asks for. */
const NEEDS_PLACEHOLDER = {
  linkedTrackingNo: '此前已受理的举报编号（如 YH20260616-000123）',
  referral: '应向何处反映（如 12315 市场监管）',
} as const;

/**
 * 不予受理's reason (and the earlier tracking number or the referral it needs),
 * shown only once the handler taps 不予受理 (useRejectReasons). The anchor is
 * always there, so the form scrolls to it on that first tap.
 */
export function RejectReasons({
  status,
  form,
}: {
  status: ReportStatus;
  form: ReturnType<typeof useHandlerReport>['transition'];
}) {
  const { draft, errors, change } = form;
  const shown = useRejectReasons(draft, errors, status);
  // The one field the chosen reason needs (the earlier tracking number, or where to go instead), if any.
  const needs = REJECT_REASONS.find((x) => x.id === draft.reasonId)?.needs;
  return (
    <View id='handler-reasonId'>
      {shown && (
        <>
          <Text className='handler__label'>不予受理理由（必选）</Text>
          <View className='choice-row handler__choices' role='radiogroup' aria-label='不予受理理由'>
            {REJECT_REASONS.map((x) => (
              <Choice
                key={x.id}
                id={`reason-${x.id}`}
                label={x.label}
                on={draft.reasonId === x.id}
                onClick={() => change({ reasonId: draft.reasonId === x.id ? '' : x.id })}
              />
            ))}
          </View>
          <FieldError text={errors.reasonId} />
          {needs && (
            <>
              <Input
                id={`handler-${needs}`}
                className='field-input'
                placeholder={NEEDS_PLACEHOLDER[needs]}
                value={draft[needs]}
                onInput={(e) => change({ [needs]: e.detail.value })}
              />
              <FieldError text={errors[needs]} />
            </>
          )}
        </>
      )}
    </View>
  );
}
