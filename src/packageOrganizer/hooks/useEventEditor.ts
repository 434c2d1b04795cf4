import { chinaTime, fromChinaTime } from '@domain/common/china-time';
import { useEffect, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { saveEventInput, type SaveEventInput } from '@domain/events/schemas';
import type { Session } from '@domain/events/types';
import { ApiError, messageOf } from '@/services/api-error';
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

const blankSession = (): SessionDraft => ({
  title: '',
  zone: '',
  date: '2026-06-16',
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

/** Event and sessions form: loads an existing event, validates with the domain schema, saves. */
export function useEventEditor(id: string | undefined, onSaved: (id: string) => void) {
  const [draft, setDraft] = useState<EventDraft>({
    title: '',
    venueName: '',
    address: '',
    allowGroups: false,
    notes: '',
    sessions: [blankSession()],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    callFunction('events', 'edit', { eventId: id })
      .then(({ event, sessions }) =>
        setDraft({
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
      .catch((e: unknown) => setMessage(messageOf(e)));
  }, [id]);

  const update = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateSession = (i: number, patch: Partial<SessionDraft>) =>
    setDraft((d) => ({ ...d, sessions: d.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  async function save() {
    const input = toInput(id, draft);
    const found = checkInput(saveEventInput, input);
    setErrors(found ?? {});
    setMessage(found ? (Object.values(found)[0] ?? null) : null);
    if (found || saving) return;
    setSaving(true);
    try {
      onSaved((await callFunction('events', 'save', input)).id);
    } catch (e) {
      setErrors(e instanceof ApiError ? e.fieldErrors : {});
      setMessage(messageOf(e));
    } finally {
      setSaving(false);
    }
  }

  return {
    draft,
    update,
    updateSession,
    addSession: () => setDraft((d) => ({ ...d, sessions: [...d.sessions, blankSession()] })),
    removeSession: (i: number) => setDraft((d) => ({ ...d, sessions: d.sessions.filter((_, j) => j !== i) })),
    errors,
    message,
    saving,
    save,
  };
}
