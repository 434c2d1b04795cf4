import { chinaClock, chinaDay, fromChinaTime } from '@domain/common/china-time';
import { useEffect, useState } from 'react';
import { pastFields } from '@domain/common/picked-dates';
import type { Schema } from '@domain/common/validation';
import { createActivityInput, type CreateActivityInput } from '@domain/activities/schemas';
import type { Activity, CodeMode } from '@domain/activities/types';
import type { OutreachKind } from '@domain/content/types';
import { useForm } from '@/hooks/useForm';
import { ApiError, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

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

/**
 * Create or edit a 七进 activity on the one form hook: a draft kept in storage,
 * checked with the shared schema and the picked end against now before sending.
 */
export function useActivityEditor(id: string) {
  const [loaded, setLoaded] = useState(!id);
  const [savedEndAt, setSavedEndAt] = useState<number>();
  const form = useForm<ActivityForm, CreateActivityInput, Activity>({
    initial: () => blankForm(Date.now()),
    // The payload keeps typed text where a number is expected, so the schema names that field.
    schema: createActivityInput as Schema<CreateActivityInput>,
    toInput: (f) => payloadOf(f) as CreateActivityInput,
    rules: (input) => pastFields([{ startAt: input.endAt, before: savedEndAt }], Date.now(), () => 'endAt', '结束时间'),
    draftKey: draftKey(id),
    fieldSelector: (field) => `#activity-${field.split('.').pop()}`,
    send: (input) =>
      id ? callFunction('checkins', 'update', { ...input, id }) : callFunction('checkins', 'create', input),
  });
  const { load, fail, restored } = form;

  useEffect(() => {
    if (!id) return;
    callFunction('checkins', 'listMine')
      .then((list) => {
        const found = list.find((a) => a._id === id);
        if (!found) throw new ApiError('not_found', '这场活动不存在或已删除');
        setSavedEndAt(found.endAt);
        if (!restored) load(formFromActivity(found));
        setLoaded(true);
      })
      .catch((e) => fail({ _: messageOf(e) }));
  }, [id, restored, load, fail]);

  const change = <K extends keyof ActivityForm>(key: K, value: ActivityForm[K]) =>
    form.change({ [key]: value } as unknown as Partial<ActivityForm>);

  return {
    form: loaded ? form.draft : undefined,
    errors: form.errors,
    saving: form.busy,
    change,
    save: form.submit,
  };
}
