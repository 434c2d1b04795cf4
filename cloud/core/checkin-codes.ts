import { timingSafeEqual } from 'node:crypto';
import { formatScene, POSTER_WINDOW, sixDigits, SIGNATURE_CHARS } from '@domain/activities/codes';
import { keyedHash } from './keys';

/** The HMAC of one activity's code window (or its static poster code), keyed by the environment's secret. */
export const signWindow = (secret: string, activityId: string, window: number | typeof POSTER_WINDOW): string =>
  keyedHash(secret, 'checkin', `${activityId}:${window}`);

export function codeOfWindow(secret: string, activityId: string, window: number | typeof POSTER_WINDOW) {
  const signature = signWindow(secret, activityId, window);
  return { scene: formatScene(activityId, window, signature), code: sixDigits(signature) };
}

/** Constant-time: a forger learns nothing from how fast a wrong signature is refused. */
export function signatureMatches(
  secret: string,
  activityId: string,
  window: number | typeof POSTER_WINDOW,
  given: string,
) {
  const expected = Buffer.from(signWindow(secret, activityId, window).slice(0, SIGNATURE_CHARS));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
