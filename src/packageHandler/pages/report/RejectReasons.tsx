import { View, Text, Input } from '@tarojs/components';
import { REJECT_REASONS, type ReportStatus } from '@domain/reports/status';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import type { useHandlerReport } from '../../hooks/useHandlerReport';
import { useRejectReasons } from '../../hooks/useRejectReasons';

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
  const reason = REJECT_REASONS.find((x) => x.id === draft.reasonId);
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
          {reason?.needs === 'linkedTrackingNo' && (
            <>
              <Input
                id='handler-linkedTrackingNo'
                className='field-input'
                placeholder='此前已受理的举报编号（如 YH20260616-000123）'
                value={draft.linkedTrackingNo}
                onInput={(e) => change({ linkedTrackingNo: e.detail.value })}
              />
              <FieldError text={errors.linkedTrackingNo} />
            </>
          )}
          {reason?.needs === 'referral' && (
            <>
              <Input
                id='handler-referral'
                className='field-input'
                placeholder='应向何处反映（如 12315 市场监管）'
                value={draft.referral}
                onInput={(e) => change({ referral: e.detail.value })}
              />
              <FieldError text={errors.referral} />
            </>
          )}
        </>
      )}
    </View>
  );
}
