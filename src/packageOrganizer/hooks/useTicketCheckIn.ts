import { useEffect, useState } from 'react';
import type { InferOutput } from 'valibot';
import { checkInInput } from '@domain/events/schemas';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { confirmThen } from '@/services/confirm';
import { canScan, scanText } from '@/services/scan';

type Checked = { _id: string; name: string; sessionTitle: string; checkedInAt: number | null };

/** How long the 撤销 beside a fresh check-in stays offered, in ms; later, the row's 撤销签到 (with a confirmation). */
export const UNDO_WINDOW_MS = 10_000;
type TicketInput = InferOutput<typeof checkInInput>;

/** An answer and where it is shown: the desk (typed or scanned 票码) or beside the row it concerns. */
export interface CheckInAnswer {
  ok: boolean;
  text: string;
  /** The sign-up row it concerns; absent for the desk's answer. */
  registrationId?: string;
}

/**
 * The organizer's check-in of a 咨询日 ticket at the door, on the one form
 * hook: a scanned (weapp) or typed (H5 and fallback) 票码, or a row checked in
 * by hand. Each answer is shown where the organizer acted (the desk's under the
 * 票码 box, a row's beside that row) and only until the next action, which
 * clears every earlier answer, so a refusal never stays on screen for a later
 * success or far from its row. A mistaken check-in is undone
 * (events.undoCheckIn) from the answer for `UNDO_WINDOW_MS`, or from its row at
 * any time after a confirmation. `onChanged` reloads the list and the counts.
 */
export function useTicketCheckIn(eventId: string, onChanged: () => void) {
  const [answer, setAnswer] = useState<CheckInAnswer | null>(null);
  const [undoable, setUndoable] = useState<Checked | null>(null);
  useEffect(() => {
    if (!undoable) return undefined;
    const timer = setTimeout(() => setUndoable(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [undoable]);
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
  /** Where the answer about `row` goes: beside its row when the organizer acted on the row. */
  const [rowAction, setRowAction] = useState(false);
  const place = (registrationId: string, fromRow: boolean) => (fromRow ? { registrationId } : {});

  function succeeded(row: Checked, fromRow = false) {
    setAnswer({ ok: true, text: `签到成功：${row.name}（${row.sessionTitle}）`, ...place(row._id, fromRow) });
    setUndoable(row);
    onChanged();
  }
  function undone(row: Checked, fromRow: boolean) {
    setUndoable(null);
    setAnswer({ ok: true, text: `已撤销 ${row.name} 的签到，该票可再次签到`, ...place(row._id, fromRow) });
    onChanged();
  }
  /** The next action begins: every earlier answer, the desk's refusal included, goes. */
  function fresh(fromRow: boolean) {
    setAnswer(null);
    setUndoable(null);
    setRowAction(fromRow);
    // The desk's refusal is the form's: changing nothing but clearing its errors.
    if (form.message) form.change({ ticket: form.draft.ticket });
  }
  const failure: CheckInAnswer | null = !rowAction && form.message ? { ok: false, text: form.message } : null;
  const shown = failure ?? answer;

  return {
    ticket: form.draft.ticket,
    setTicket: (ticket: string) => {
      fresh(false);
      form.change({ ticket });
    },
    /** The desk's answer (typed or scanned), shown under the 票码 box. */
    result: shown && !shown.registrationId ? shown : null,
    /** The answer about one row (its check-in by hand, its undo), shown beside that row. */
    rowAnswer: shown?.registrationId ? shown : null,
    /** The person just checked in, while their 撤销 is offered beside the answer. */
    undoable: failure ? null : undoable,
    busy: form.busy,
    canScan,
    submitTyped: async () => {
      fresh(false);
      await form.submit();
    },
    async scan() {
      const code = await scanText();
      if (!code) return;
      fresh(false);
      form.setDraft({ ticket: code });
      // The scanned code is sent as typed: the same checks, the same busy guard.
      setTimeout(() => void form.submit(), 0);
    },
    manual: async (registrationId: string) => {
      fresh(true);
      try {
        succeeded(await callFunction('events', 'checkInManual', { eventId, registrationId }), true);
      } catch (e) {
        setAnswer({ ok: false, text: messageOf(e), registrationId });
      }
    },
    /** 撤销 beside the answer: the organizer just saw the mistake, so no second question. */
    undoLast: async () => {
      if (!undoable) return;
      const fromRow = Boolean(answer?.registrationId);
      const row = undoable;
      fresh(fromRow);
      try {
        undone(await undoCheckIn(row), fromRow);
      } catch (e) {
        setAnswer({ ok: false, text: messageOf(e), ...place(row._id, fromRow) });
      }
    },
    /** 撤销签到 on a checked-in row, after a confirmation; its answer beside the row. */
    undoRow: (row: Checked) => {
      fresh(true);
      return confirmThen(
        {
          title: '撤销签到',
          content: `撤销 ${row.name} 的签到？撤销后该票可再次签到。`,
          confirmText: '撤销签到',
          cancelText: '再想想',
          confirmColor: '#c8161d',
        },
        async () => undone(await undoCheckIn(row), true),
      );
    },
  };
}
