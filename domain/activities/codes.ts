/**
 * Rotating check-in codes. Time is cut into windows of CODE_WINDOW_MS; the cloud
 * signs (activity, window) with HMAC, the QR carries `activityId.window.signature`
 * and the 6-digit code is derived from the same signature. A code is accepted
 * for its window plus a grace (a person scanning at the end of a window still has
 * time to tap 签到), and a little early for clock skew between screen and cloud.
 */
import { sceneInLink } from '../common/scan-entry';

export const CODE_WINDOW_MS = 30_000;
export const CODE_GRACE_MS = 30_000;
export const CODE_SKEW_MS = 5_000;
/** Poster codes are static: their "window" is this marker. */
export const POSTER_WINDOW = 'p';

export const codeWindow = (t: number): number => Math.floor(t / CODE_WINDOW_MS);
export const windowStart = (w: number): number => w * CODE_WINDOW_MS;

export type WindowVerdict = 'valid' | 'expired' | 'early';

export function judgeWindow(window: number, now: number): WindowVerdict {
  if (now < windowStart(window) - CODE_SKEW_MS) return 'early';
  if (now > windowStart(window + 1) + CODE_GRACE_MS) return 'expired';
  return 'valid';
}

/** The windows whose codes are accepted at `now`, newest first. */
export function acceptedWindows(now: number): number[] {
  const current = codeWindow(now);
  return [current + 1, current, current - 1, current - 2].filter((w) => judgeWindow(w, now) === 'valid');
}

/** How far back a typed code is recognised as "expired" rather than "wrong". */
export const RECENT_WINDOWS = 20;

/** The 6 digits shown beside the QR, derived from the window's signature (hex). */
export function sixDigits(signatureHex: string): string {
  return String(parseInt(signatureHex.slice(12, 20), 16) % 1_000_000).padStart(6, '0');
}

/** The QR's scene: at most 32 characters, as wxacode allows. */
export const SIGNATURE_CHARS = 12;

export function formatScene(activityId: string, window: number | typeof POSTER_WINDOW, signatureHex: string): string {
  const w = window === POSTER_WINDOW ? POSTER_WINDOW : window.toString(36);
  return `${activityId}.${w}.${signatureHex.slice(0, SIGNATURE_CHARS)}`;
}

export interface Scene {
  activityId: string;
  window: number | typeof POSTER_WINDOW;
  signature: string;
}

export function parseScene(scene: string): Scene | null {
  const m = /^([A-Za-z0-9_-]{1,16})\.([0-9a-z]{1,10})\.([0-9a-f]{12})$/.exec(scene.trim());
  if (!m) return null;
  const window = m[2] === POSTER_WINDOW ? POSTER_WINDOW : parseInt(m[2], 36);
  if (window !== POSTER_WINDOW && !Number.isSafeInteger(window)) return null;
  return { activityId: m[1], window, signature: m[3] };
}

/** A scanned text (a URL or a 小程序 path) → its `scene` parameter, or the text itself. Never throws. */
export function sceneFromScan(text: string): string {
  return sceneInLink(text) ?? text.trim();
}
