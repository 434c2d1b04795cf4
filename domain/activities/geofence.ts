import type { Place } from './types';

export interface Position {
  latitude: number;
  longitude: number;
  /** The device's accuracy radius in metres, when it reports one. */
  accuracy?: number;
}

const EARTH_RADIUS_M = 6_371_000;
/** A poor fix should not lock a person standing at the door out; beyond this it does not help. */
export const MAX_ACCURACY_ALLOWANCE_M = 100;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(
  a: Pick<Position, 'latitude' | 'longitude'>,
  b: Pick<Position, 'latitude' | 'longitude'>,
) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function formatDistance(meters: number): string {
  return meters >= 1000 ? `${(meters / 1000).toFixed(1)} 公里` : `${Math.round(meters)} 米`;
}

export type GeofenceVerdict =
  { ok: true } | { ok: false; reason: 'no_location' | 'outside'; message: string; distance?: number };

/** Whether a check-in at `position` is inside the activity's fence (no fence: always). */
export function judgeGeofence(
  place: Place,
  radius: number | null | undefined,
  position: Position | undefined,
): GeofenceVerdict {
  if (!radius) return { ok: true };
  if (!position) {
    return {
      ok: false,
      reason: 'no_location',
      message: `此活动需在现场 ${formatDistance(radius)}范围内签到，请允许小程序获取位置信息后重试`,
    };
  }
  // The schema refuses a fence without coordinates; an old row without them cannot fence anyone out.
  if (place.latitude === undefined || place.longitude === undefined) return { ok: true };
  const distance = distanceMeters({ latitude: place.latitude, longitude: place.longitude }, position);
  const allowance = Math.min(position.accuracy ?? 0, MAX_ACCURACY_ALLOWANCE_M);
  if (distance - allowance <= radius) return { ok: true };
  return {
    ok: false,
    reason: 'outside',
    distance,
    message: `您距离活动地点约 ${formatDistance(distance)}，需在 ${formatDistance(radius)}范围内签到`,
  };
}
