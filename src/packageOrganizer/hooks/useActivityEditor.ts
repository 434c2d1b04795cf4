import { chinaClock, chinaDay, fromChinaTime } from '@domain/common/china-time';
import { useEffect, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { createActivityInput, type CreateActivityInput } from '@domain/activities/schemas';
import type { Activity, CodeMode } from '@domain/activities/types';
import type { OutreachKind } from '@domain/content/types';
import { ApiError, formErrorsOf, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { useStoredDraft } from '@/hooks/useStoredDraft';

/** The editor's fields as typed; numbers stay text until sent. */
export interface ActivityForm {
  kind: OutreachKind;
  title: string;
  placeName: string;
  address: string;
  latitude: string;
  longitude: string;
  day: string;
  startTime: string;
  endTime: string;
  geofenceMeters: string;
  expectedHeadcount: string;
  codeMode: CodeMode;
}

const draftKey = (id: string) => `draft:activity:${id || 'new'}`;

function blankForm(now: number): ActivityForm {
  const start = Math.ceil(now / 1_800_000) * 1_800_000 - 1_800_000;
  return {
    kind: 'community',
    title: '',
    placeName: '',
    address: '',
    latitude: '',
    longitude: '',
    day: chinaDay(start),
    startTime: chinaClock(start),
    // The form has one date: a default end past midnight would read as ending before it starts.
    endTime: chinaDay(start + 2 * 3600_000) === chinaDay(start) ? chinaClock(start + 2 * 3600_000) : '23:59',
    geofenceMeters: '',
    expectedHeadcount: '',
    codeMode: 'live',
  };
}

export function formFromActivity(a: Activity): ActivityForm {
  return {
    kind: a.kind,
    title: a.title,
    placeName: a.place.name,
    address: a.place.address,
    latitude: a.place.latitude === undefined ? '' : String(a.place.latitude),
    longitude: a.place.longitude === undefined ? '' : String(a.place.longitude),
    day: chinaDay(a.startAt),
    startTime: chinaClock(a.startAt),
    endTime: chinaClock(a.endAt),
    geofenceMeters: a.geofenceMeters ? String(a.geofenceMeters) : '',
    expectedHeadcount: a.expectedHeadcount ? String(a.expectedHeadcount) : '',
    codeMode: a.codeMode,
  };
}

const numberOrText = (s: string) => (s.trim() === '' || Number.isNaN(Number(s)) ? s : Number(s));
const optionalNumber = (s: string) => (s.trim() === '' ? undefined : numberOrText(s));

export function payloadOf(f: ActivityForm) {
  return {
    kind: f.kind,
    title: f.title,
    place: {
      name: f.placeName,
      address: f.address,
      latitude: optionalNumber(f.latitude),
      longitude: optionalNumber(f.longitude),
    },
    startAt: fromChinaTime(f.day, f.startTime) ?? Number.NaN,
    endAt: fromChinaTime(f.day, f.endTime) ?? Number.NaN,
    geofenceMeters: optionalNumber(f.geofenceMeters),
    expectedHeadcount: optionalNumber(f.expectedHeadcount),
    codeMode: f.codeMode,
  };
}

/** Create or edit a 七进 activity: a draft kept in storage, checked with the shared schema before sending. */
export function useActivityEditor(id: string) {
  const draft = useStoredDraft<ActivityForm>(draftKey(id));
  const { form, setForm, stored: storedDraft } = draft;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const stored = storedDraft();
    if (!id) {
      setForm(stored ?? blankForm(Date.now()));
      return;
    }
    callFunction('checkins', 'listMine')
      .then((list) => {
        const found = list.find((a) => a._id === id);
        if (!found) throw new ApiError('not_found', '这场活动不存在或已删除');
        setForm(stored ?? formFromActivity(found));
      })
      .catch((e) => setErrors({ _: messageOf(e) }));
  }, [id, setForm, storedDraft]);

  const change = <K extends keyof ActivityForm>(key: K, value: ActivityForm[K]) => {
    draft.change(key, value);
    setErrors({});
  };

  const save = async (): Promise<Activity | null> => {
    if (!form || saving) return null;
    const payload = payloadOf(form);
    const invalid = checkInput(createActivityInput, payload);
    if (invalid) {
      setErrors(invalid);
      return null;
    }
    setSaving(true);
    try {
      // checkInput has just accepted it, so it has the schema's shape.
      const typed = payload as CreateActivityInput;
      const saved = id
        ? await callFunction('checkins', 'update', { ...typed, id })
        : await callFunction('checkins', 'create', typed);
      draft.discard();
      return saved;
    } catch (e) {
      setErrors(formErrorsOf(e));
      return null;
    } finally {
      setSaving(false);
    }
  };

  return { form, errors, saving, change, save };
}
