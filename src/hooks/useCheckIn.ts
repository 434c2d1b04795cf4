import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldErrors } from '@domain/common/errors';
import type { ActivityView, Checkin } from '@domain/activities/types';
import { ApiError, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { PERSONAL_KEYS } from '@/services/personal-storage';
import { currentPosition } from '@/services/position';
import { declinedMessageOr } from '@/services/privacy-consent';

const PROFILE_KEY = PERSONAL_KEYS.checkinProfile;

export interface Profile {
  name: string;
  org: string;
}

const savedProfile = (): Profile => {
  const saved = Taro.getStorageSync(PROFILE_KEY) as Profile | '';
  return saved || { name: '', org: '' };
};

/**
 * The participant's check-in: name and unit remembered from the last time, the
 * position asked for only when the activity has a geofence, and the answer (a
 * new check-in or the first one) kept for the page to show.
 */
export function useCheckIn() {
  const [profile, setProfile] = useState<Profile>(savedProfile);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ checkin: Checkin; activity: ActivityView; already: boolean } | null>(null);

  const change = (key: keyof Profile, value: string) => {
    setProfile((old) => ({ ...old, [key]: value }));
    setErrors((old) => ({ ...old, [key]: '' }));
  };

  const submit = async (target: { activityId?: string; scene?: string; geofenced: boolean }) => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const location = target.geofenced ? await currentPosition() : null;
      const result = await callFunction('checkins', 'checkIn', {
        ...profile,
        ...(target.activityId ? { activityId: target.activityId } : {}),
        ...(target.scene ? { scene: target.scene } : { code }),
        ...(location ? { location } : {}),
      });
      Taro.setStorageSync(PROFILE_KEY, { name: result.checkin.name, org: result.checkin.org });
      setDone(result);
    } catch (e) {
      setErrors(
        e instanceof ApiError && Object.keys(e.fieldErrors).length
          ? { ...e.fieldErrors, _: e.message }
          : { _: declinedMessageOr(e, messageOf(e)) },
      );
    } finally {
      setBusy(false);
    }
  };

  return { profile, change, code, setCode, errors, busy, done, submit };
}
