import { useState } from 'react';
import type { InferOutput } from 'valibot';
import type { Me } from '@domain/api';
import { normalizeInviteCode } from '@domain/roles/invites';
import { redeemInviteInput } from '@domain/roles/schemas';
import { useForm } from '@/hooks/useForm';
import { callFunction } from '@/services/cloud';

/**
 * Accepting an invitation on the one form hook: the code from the QR or link,
 * or typed; the new roles once accepted. Every refusal is about the code the
 * person typed, so it goes under the code field.
 */
export function useRedeemInvite(initialCode: string) {
  const [granted, setGranted] = useState<Me | null>(null);
  const form = useForm<{ code: string }, InferOutput<typeof redeemInviteInput>, Me>({
    initial: { code: initialCode },
    schema: redeemInviteInput,
    toInput: (f) => ({ code: normalizeInviteCode(f.code) }),
    send: (input) => callFunction('admin', 'redeemInvite', input),
    done: setGranted,
  });
  const { errors } = form;
  return {
    code: form.draft.code,
    change: (code: string) => form.change({ code }),
    errors: errors.code || errors._ ? { code: errors.code || errors._ } : {},
    busy: form.busy,
    granted,
    submit: form.submit,
  };
}
