import { useEffect, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import type { ReportStatus } from '@domain/reports/status';

/** The fields of the 不予受理 part of the transition form. */
const REJECT_FIELDS = ['reasonId', 'linkedTrackingNo', 'referral'] as const;

/**
 * Whether the 不予受理 reasons are on screen. Not while the handler means to
 * 受理 (the primary verb comes first, with nothing of the refusal above it), but
 * from the first tap on 不予受理, whose refusal (请选择不予受理的理由) lands on
 * them, or from a kept draft that has a reason; once shown they stay, even if
 * the reason is unpicked, until the report moves to another status.
 */
export function useRejectReasons(draft: { reasonId: string }, errors: FieldErrors, status: ReportStatus): boolean {
  const asked = Boolean(draft.reasonId) || REJECT_FIELDS.some((field) => errors[field]);
  const [shownFor, setShownFor] = useState<ReportStatus | null>(asked ? status : null);
  useEffect(() => {
    if (asked && shownFor !== status) setShownFor(status);
  }, [asked, status, shownFor]);
  return asked || shownFor === status;
}
