import { useEffect, useState } from 'react';
import type { InferOutput } from 'valibot';
import { checkInInput } from '@domain/events/schemas';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { confirmThen } from '@/services/confirm';
import { canScan, scanText } from '@/services/scan';

/** A checked-in row as the page shows it; `checkedInAt` (ms) names the check-in an undo may reverse. */
type Checked = { _id: string; name: string; sessionTitle: string; checkedInAt: number | null };

/** How long the 撤销 beside a fresh check-in stays offered, in ms; later, the row's 撤销签到 (with a confirmation). */
export const UNDO_WINDOW_MS = 10_000;
type TicketInput = InferOutput<typeof checkInInput>;

/**
 * The organizer's check-in of a 咨询日 ticket at the door, on the one form
 * hook: a scanned (weapp) or typed (H5 and fallback) 票码, or a row checked in
 * by hand; each answer is shown in place and the field cleared for the next person.
 * A mistaken check-in is undone (events.undoCheckIn) from the answer for
 * `UNDO_WINDOW_MS`, or from its row at any time after a confirmation; the undo
 * names the check-in time shown, so a check-in made since by another organizer
 * is refused (a Chinese message), never undone.
 * `onChanged` reloads the list and the counts.
 */
export function useTicketCheckIn(eventId: string, onChanged: () => void) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [undoable, setUndoable] = useState<Checked | null>(null);
  useEffect(() => {
    if (!undoable) return undefined;
    const timer = setTimeout(() => setUndoable(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [undoable]);
  const succeeded = (row: Checked) => {
    setResult({ ok: true, text: `签到成功：${row.name}（${row.sessionTitle}）` });
    setUndoable(row);
    onChanged();
  };
  const undone = (row: Checked) => {
    setUndoable(null);
    setResult({ ok: true, text: `已撤销 ${row.name} 的签到，该票可再次签到` });
    onChanged();
  };
  const undoCheckIn = (row: Checked) =>
    callFunction('events', 'undoCheckIn', { eventId, registrationId: row._id, checkedInAt: row.checkedInAt ?? 0 });
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
      setUndoable(null);
      form.change({ ticket });
    },
    result: failure ? { ok: false, text: failure } : result,
    /** The person just checked in, while their 撤销 is offered beside the answer. */
    undoable: failure ? null : undoable,
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
        setUndoable(null);
        setResult({ ok: false, text: messageOf(e) });
      }
    },
    /** 撤销 beside the answer: the organizer just saw the mistake, so no second question. */
    undoLast: async () => {
      if (!undoable) return;
      try {
        const row = await undoCheckIn(undoable);
        undone(row);
      } catch (e) {
        setUndoable(null);
        setResult({ ok: false, text: messageOf(e) });
      }
    },
    /** 撤销签到 on a checked-in row, after a confirmation. */
    undoRow: (row: Checked) =>
      confirmThen(
        {
          title: '撤销签到',
          content: `撤销 ${row.name} 的签到？撤销后该票可再次签到。`,
          confirmText: '撤销签到',
          cancelText: '再想想',
          confirmColor: '#c8161d',
        },
        async () => undone(await undoCheckIn(row)),
      ),
  };
}
