import { chinaDay, chinaYear } from '../common/china-time';
import { AppError } from '../common/errors';
import type { OutreachKind } from '../content/types';
import { outreachOfYear, OUTREACH_LABELS } from './stats';
import type { Activity } from './types';

/** Check-in opens a little before the start and stays open a little after the end. */
export const CHECKIN_OPENS_BEFORE_MS = 60 * 60 * 1000;
export const CHECKIN_CLOSES_AFTER_MS = 60 * 60 * 1000;
/** How many rows the live screen shows; the count covers them all. */
export const LIVE_LIST_LIMIT = 100;
/** Wrong typed codes per person per RATE_WINDOW_MS before a pause. */
export const WRONG_CODE_LIMIT = 5;
export const RATE_WINDOW_MS = 10 * 60 * 1000;
/** Counter documents per (unit, day, kind): spreads a busy activity's writes. */
export const STAT_SHARDS = 4;

/** Why check-in is not open at `now` (ms), or null while it is: the page shows it instead of a form, the function refuses with it. */
export function checkinRefusal(activity: Pick<Activity, 'startAt' | 'endAt'>, now: number): string | null {
  if (now < activity.startAt - CHECKIN_OPENS_BEFORE_MS) return '活动尚未开始签到，请在活动开始前 1 小时内签到';
  if (now > activity.endAt + CHECKIN_CLOSES_AFTER_MS) return '活动已结束，签到已关闭';
  return null;
}

export function checkinOpen(activity: Pick<Activity, 'startAt' | 'endAt'>, now: number): void {
  const refusal = checkinRefusal(activity, now);
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
