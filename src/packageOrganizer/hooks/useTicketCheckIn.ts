import { useState } from 'react';
import type { InferOutput } from 'valibot';
import { checkInInput } from '@domain/events/schemas';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { canScan, scanText } from '@/services/scan';

type Checked = { name: string; sessionTitle: string };
type TicketInput = InferOutput<typeof checkInInput>;

/**
 * The organizer's check-in of a 咨询日 ticket at the door, on the one form
 * hook: a scanned (weapp) or typed (H5 and fallback) 票码, or a row checked in
 * by hand; each answer is shown in place and the field cleared for the next person.
 */
export function useTicketCheckIn(eventId: string, onCheckedIn: () => void) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const succeeded = (row: Checked) => {
    setResult({ ok: true, text: `签到成功：${row.name}（${row.sessionTitle}）` });
    onCheckedIn();
  };
  const form = useForm<{ ticket: string }, TicketInput, Checked>({
    initial: { ticket: '' },
    schema: checkInInput,
    toInput: (f) => ({ eventId, ticket: f.ticket }),
    send: (input) => callFunction('events', 'checkIn', input),
    done(row) {
      succeeded(row);
      form.reset();
    },
  });
  const failure = form.message;

  return {
    ticket: form.draft.ticket,
    setTicket: (ticket: string) => {
      setResult(null);
      form.change({ ticket });
    },
    result: failure ? { ok: false, text: failure } : result,
    busy: form.busy,
    canScan,
    submitTyped: async () => {
      setResult(null);
      await form.submit();
    },
    async scan() {
      const code = await scanText();
      if (!code) return;
      form.setDraft({ ticket: code });
      setResult(null);
      // The scanned code is sent as typed: the same checks, the same busy guard.
      setTimeout(() => void form.submit(), 0);
    },
    manual: async (registrationId: string) => {
      try {
        succeeded(await callFunction('events', 'checkInManual', { eventId, registrationId }));
      } catch (e) {
        setResult({ ok: false, text: messageOf(e) });
      }
    },
  };
}
