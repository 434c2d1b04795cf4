import { useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { INVITE_RULES, type InviteRole, type InviteView } from '@domain/roles/invites';
import { createInviteInput } from '@domain/roles/schemas';
import { formErrorsOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

export interface InviteForm {
  role: InviteRole;
  unit: string;
  channels: string[];
  note: string;
  validDays: number;
}

const BLANK: InviteForm = { role: 'organizer', unit: '', channels: [], note: '', validDays: INVITE_RULES.defaultDays };

export interface CreatedInvite {
  invite: InviteView;
  code: string;
  qrDataUrl: string;
}

/** The invitation form: what the admin typed survives a refused submit; a created code is shown once. */
export function useInviteForm(onCreated: () => void) {
  const [form, setForm] = useState<InviteForm>(BLANK);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedInvite | null>(null);

  const change = <K extends keyof InviteForm>(key: K, value: InviteForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  const toggleChannel = (id: string) =>
    change('channels', form.channels.includes(id) ? form.channels.filter((c) => c !== id) : [...form.channels, id]);

  const payload = () =>
    form.role === 'organizer'
      ? { role: form.role, unit: form.unit, note: form.note, validDays: form.validDays }
      : { role: form.role, channels: form.channels, note: form.note, validDays: form.validDays };

  const submit = async () => {
    const local = checkInput(createInviteInput, payload());
    if (local) return setErrors(local);
    setBusy(true);
    try {
      setCreated(await callFunction('admin', 'createInvite', payload()));
      setForm({ ...BLANK, role: form.role });
      setErrors({});
      onCreated();
    } catch (e) {
      setErrors(formErrorsOf(e));
    } finally {
      setBusy(false);
    }
  };

  return { form, errors, busy, created, change, toggleChannel, submit, dismiss: () => setCreated(null) };
}
