import { useState } from 'react';
import type { Me } from '@domain/api';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { normalizeInviteCode } from '@domain/roles/invites';
import { redeemInviteInput } from '@domain/roles/schemas';
import { formErrorsOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

/** Accepting an invitation: the code from the QR or link, or typed; the new roles once accepted. */
export function useRedeemInvite(initialCode: string) {
  const [code, setCode] = useState(initialCode);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [granted, setGranted] = useState<Me | null>(null);

  const change = (value: string) => {
    setCode(value);
    setErrors({});
  };

  const submit = async () => {
    const payload = { code: normalizeInviteCode(code) };
    const local = checkInput(redeemInviteInput, payload);
    if (local) return setErrors(local);
    setBusy(true);
    try {
      setGranted(await callFunction('admin', 'redeemInvite', payload));
    } catch (e) {
      const found = formErrorsOf(e);
      // Every refusal is about the code the person typed, so it goes under the code field.
      setErrors({ code: found.code ?? found._ });
    } finally {
      setBusy(false);
    }
  };

  return { code, change, errors, busy, granted, submit };
}
