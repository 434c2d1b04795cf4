import { checkInTimeRefusal } from '../common/check-in-window';
import { chinaDay, chinaYear } from '../common/china-time';
import { AppError } from '../common/errors';
import type { OutreachKind } from '../content/types';
import { outreachOfYear, OUTREACH_LABELS } from './stats';
import type { Activity } from './types';

/** How many rows the live screen shows; the count covers them all. */
export const LIVE_LIST_LIMIT = 100;
/** Wrong typed codes per person per RATE_WINDOW_MS before a pause. */
export const WRONG_CODE_LIMIT = 5;
export const RATE_WINDOW_MS = 10 * 60 * 1000;
/** Counter documents per (unit, day, kind): spreads a busy activity's writes. */
export const STAT_SHARDS = 4;

/**
 * Why a 七进 check-in (the person's own or one the organizer types) is refused
 * at `now` (ms): outside the activity's window (domain/common/check-in-window.ts).
 * The page shows it instead of a form; the function throws it as `conflict`.
 */
export const activityCheckInRefusal = (activity: Pick<Activity, 'startAt' | 'endAt'>, now: number): string | null =>
  checkInTimeRefusal(activity, now, '活动');

export function assertActivityCheckInOpen(activity: Pick<Activity, 'startAt' | 'endAt'>, now: number): void {
  const refusal = activityCheckInRefusal(activity, now);
  if (refusal) throw new AppError('conflict', refusal);
}

/** A 进 the plan of the activity's year does not name is refused (五进 years have no 进机关). */
export function checkKindInForce(themes: Parameters<typeof outreachOfYear>[0], kind: OutreachKind, startAt: number) {
  const year = chinaYear(chinaDay(startAt));
  if (!outreachOfYear(themes, year).includes(kind)) {
    throw new AppError('invalid_input', `${year}年的安全宣传没有“${OUTREACH_LABELS[kind]}”`, {
      kind: `${year}年没有这一项`,
    });
  }
}

/** The counter a check-in or session lands in; the shard comes from the check-in id so removal finds it. */
export function statId(unit: string, startAt: number, kind: OutreachKind, shardKey: string): string {
  let h = 0;
  for (const ch of shardKey) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `${chinaDay(startAt)}:${kind}:${h % STAT_SHARDS}:${unit}`;
}
