import { useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { signUpInput } from '@domain/events/schemas';
import type { MyRegistration } from '@domain/events/types';
import { ApiError, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { askForStatusMessages } from '@/services/subscribe';

export interface SignUpForm {
  sessionId: string;
  name: string;
  phone: string;
  headcount: number;
  consent: boolean;
}

/**
 * The sign-up form: checked with the same domain schema the function uses, then
 * sent; the subscription prompt for a waitlist promotion is asked in the same tap.
 */
export function useSignUp(onDone: (registration: MyRegistration) => void) {
  const [form, setForm] = useState<SignUpForm>({ sessionId: '', name: '', phone: '', headcount: 1, consent: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const update = (patch: Partial<SignUpForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  async function submit() {
    const found = checkInput(signUpInput, form);
    setErrors(found ?? {});
    setMessage(found ? (Object.values(found)[0] ?? null) : null);
    if (found || sending) return;
    setSending(true);
    try {
      const { templateIds } = await callFunction('events', 'subscribeTemplates');
      await askForStatusMessages(templateIds);
      onDone(await callFunction('events', 'signUp', { ...form, consent: true }));
    } catch (e) {
      setErrors(e instanceof ApiError ? e.fieldErrors : {});
      setMessage(messageOf(e));
    } finally {
      setSending(false);
    }
  }

  return { form, update, errors, message, sending, submit };
}
