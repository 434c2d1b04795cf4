import { useEffect } from 'react';
import { chinaTime, fromChinaTime } from '@domain/common/china-time';
import { pastFields } from '@domain/common/picked-dates';
import { saveEventInput, type SaveEventInput } from '@domain/events/schemas';
import type { Session } from '@domain/events/types';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

/** A session as the form edits it: Beijing date and times as text. */
export interface SessionDraft {
  id?: string;
  title: string;
  zone: string;
  date: string;
  start: string;
  end: string;
  capacity: string;
  waitlistEnabled: boolean;
  /** The start it was saved with (ms): a session that keeps it may lie in the past. */
  savedStartAt?: number;
}

export interface EventDraft {
  title: string;
  venueName: string;
  address: string;
  /** The venue's map point, for 导航 on the event page; picked on the map, optional. */
  point?: { latitude: number; longitude: number };
  allowGroups: boolean;
  notes: string;
  sessions: SessionDraft[];
}

/** A new session: the next 6·16 that has not begun (China time), morning hours. */
export const blankSession = (day: string): SessionDraft => ({
  title: '',
  zone: '',
  date: day,
  start: '09:00',
  end: '11:30',
  capacity: '100',
  waitlistEnabled: true,
});

const fromSession = (s: Session): SessionDraft => ({
  id: s._id,
  title: s.title,
  zone: s.zone,
  date: chinaTime(s.startAt).slice(0, 10),
  start: chinaTime(s.startAt).slice(11),
  end: chinaTime(s.endAt).slice(11),
  capacity: String(s.capacity),
  waitlistEnabled: s.waitlistEnabled,
  savedStartAt: s.startAt,
});

export function toInput(id: string | undefined, d: EventDraft): SaveEventInput {
  return {
    ...(id ? { id } : {}),
    title: d.title,
    venue: { name: d.venueName, address: d.address, ...d.point },
    allowGroups: d.allowGroups,
    notes: d.notes,
    sessions: d.sessions.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      title: s.title,
      zone: s.zone,
      startAt: fromChinaTime(s.date, s.start) ?? Number.NaN,
      endAt: fromChinaTime(s.date, s.end) ?? Number.NaN,
      capacity: Number(s.capacity),
      waitlistEnabled: s.waitlistEnabled,
    })),
  };
}

/**
 * Event and sessions form on the one form hook: an existing event loaded
 * unless a draft of it was kept (Back or reload keep what was typed), new
 * sessions on the next 6·16, a picked start in the past marked before sending.
 */
export function useEventEditor(id: string | undefined, nextDay: string, onSaved: (id: string) => void) {
  const form = useForm<EventDraft, SaveEventInput, { id: string }>({
    initial: () => ({
      title: '',
      venueName: '',
      address: '',
      allowGroups: false,
      notes: '',
      sessions: [blankSession(nextDay)],
    }),
    schema: saveEventInput,
    toInput: (d) => toInput(id, d),
    rules: (input, d) =>
      pastFields(
        input.sessions.map((s, i) => ({ startAt: s.startAt, before: d.sessions[i]?.savedStartAt })),
        Date.now(),
        (i) => `sessions.${i}.startAt`,
      ),
    draftKey: `draft:event:${id ?? 'new'}`,
    fieldSelector: (field) => `#event-${field.replace(/\./g, '-')}`,
    send: (input) => callFunction('events', 'save', input),
    done: (saved) => onSaved(saved.id),
  });
  const { load, fail, restored } = form;

  useEffect(() => {
    if (!id || restored) return;
    callFunction('events', 'edit', { eventId: id })
      .then(({ event, sessions }) =>
        load({
          title: event.title,
          venueName: event.venue.name,
          address: event.venue.address,
          point:
            event.venue.latitude !== undefined && event.venue.longitude !== undefined
              ? { latitude: event.venue.latitude, longitude: event.venue.longitude }
              : undefined,
          allowGroups: event.allowGroups,
          notes: event.notes,
          sessions: sessions.map(fromSession),
        }),
      )
      .catch((e: unknown) => fail({ _: messageOf(e) }));
  }, [id, restored, load, fail]);

  const updateSession = (i: number, patch: Partial<SessionDraft>) =>
    form.setDraft((d) => ({ ...d, sessions: d.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  return {
    ...form,
    update: form.change,
    updateSession,
    addSession: () => form.setDraft((d) => ({ ...d, sessions: [...d.sessions, blankSession(nextDay)] })),
    removeSession: (i: number) => form.setDraft((d) => ({ ...d, sessions: d.sessions.filter((_, j) => j !== i) })),
    saving: form.busy,
    save: form.submit,
  };
}
