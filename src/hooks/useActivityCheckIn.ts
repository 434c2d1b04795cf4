import { useState } from 'react';
import Taro from '@tarojs/taro';
import { checkInInput, type CheckInInput } from '@domain/activities/schemas';
import type { ActivityView, Checkin } from '@domain/activities/types';
import { ApiError } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { PERSONAL_KEYS } from '@/services/personal-storage';
import { currentPosition } from '@/services/position';
import { PrivacyDeclined } from '@/services/privacy-consent';
import { useForm } from './useForm';

const PROFILE_KEY = PERSONAL_KEYS.checkinProfile;

export interface AttendanceForm {
  name: string;
  org: string;
  code: string;
}

export interface CheckInTarget {
  activityId?: string;
  /** A scanned code's scene; absent when the person types the 6-digit code. */
  scene?: string;
  /** Whether the page already knows the activity asks for a position. */
  geofenced: boolean;
}

export type CheckInResult = { checkin: Checkin; activity: ActivityView; already: boolean };

const savedProfile = (): AttendanceForm => {
  const saved = Taro.getStorageSync(PROFILE_KEY) as Omit<AttendanceForm, 'code'> | '';
  return { name: saved ? saved.name : '', org: saved ? saved.org : '', code: '' };
};

/** The function asks for a position: the activity behind a typed code has a geofence and none was sent. */
export const needsPosition = (e: unknown, sent: CheckInInput) =>
  e instanceof ApiError && Boolean(e.fieldErrors.location) && sent.location === undefined;

/**
 * Sends a check-in; when a typed code turns out to belong to a geofenced
 * activity the page could not know about, asks for the position and sends
 * once more (the code is still in its window). A refused position says why.
 */
export async function sendCheckIn(
  input: CheckInInput,
  call: (input: CheckInInput) => Promise<CheckInResult>,
  position: () => Promise<CheckInInput['location'] | null>,
): Promise<CheckInResult> {
  try {
    return await call(input);
  } catch (e) {
    if (!needsPosition(e, input)) throw e;
    const location = await position();
    if (!location) throw e;
    return call({ ...input, location });
  }
}

/**
 * A participant's 七进 check-in on the one form hook: name and unit remembered
 * from the last time, the position asked for when the activity has a geofence
 * (known up front, or learnt from the function's answer to a typed code), and
 * the answer kept for the page to show in place of the form.
 */
export function useActivityCheckIn(target: CheckInTarget) {
  const [done, setDone] = useState<CheckInResult | null>(null);
  const form = useForm<AttendanceForm, CheckInInput, CheckInResult>({
    initial: savedProfile,
    schema: checkInInput,
    toInput: (f) => ({
      name: f.name,
      org: f.org,
      ...(target.activityId ? { activityId: target.activityId } : {}),
      ...(target.scene ? { scene: target.scene } : { code: f.code }),
    }),
    fieldSelector: (field) => `#checkin-${field}`,
    async send(input) {
      const location = target.geofenced ? await currentPosition() : null;
      return sendCheckIn(
        location ? { ...input, location } : input,
        (payload) => callFunction('checkins', 'checkIn', payload),
        async () => currentPosition().catch((e: unknown) => (e instanceof PrivacyDeclined ? Promise.reject(e) : null)),
      );
    },
    done(result) {
      Taro.setStorageSync(PROFILE_KEY, { name: result.checkin.name, org: result.checkin.org });
      setDone(result);
    },
  });
  return { ...form, done };
}
