import { useState } from 'react';
import type { InferOutput } from 'valibot';
import { INVITE_RULES, type InviteRole, type InviteView } from '@domain/roles/invites';
import { createInviteInput } from '@domain/roles/schemas';
import { useForm } from '@/hooks/useForm';
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

type InvitePayload = InferOutput<typeof createInviteInput>;

const payloadOf = (form: InviteForm) =>
  (form.role === 'organizer'
    ? { role: form.role, unit: form.unit, note: form.note, validDays: form.validDays }
    : { role: form.role, channels: form.channels, note: form.note, validDays: form.validDays }) as InvitePayload;

/**
 * The invitation form on the one form hook: what the admin typed survives a
 * refused submit; a created code is shown once, in the form's place.
 */
export function useInviteForm(onCreated: () => void) {
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const form = useForm<InviteForm, InvitePayload, CreatedInvite>({
    initial: BLANK,
    schema: createInviteInput,
    toInput: payloadOf,
    send: (input) => callFunction('admin', 'createInvite', input),
    done(invite, sent) {
      setCreated(invite);
      form.load({ ...BLANK, role: sent.role });
      onCreated();
    },
  });

  const change = <K extends keyof InviteForm>(key: K, value: InviteForm[K]) =>
    form.change({ [key]: value } as unknown as Partial<InviteForm>);

  const toggleChannel = (id: string) => {
    const { channels } = form.draft;
    change('channels', channels.includes(id) ? channels.filter((c) => c !== id) : [...channels, id]);
  };

  return {
    form: form.draft,
    errors: form.errors,
    busy: form.busy,
    created,
    change,
    toggleChannel,
    submit: form.submit,
    dismiss: () => setCreated(null),
  };
}
