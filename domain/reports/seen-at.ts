/**
 * 发现时间: when the reporter saw the hazard, picked on the phone as a China
 * date and a China wall-clock time (whatever zone the phone is set to) and
 * checked against the same window here and in `reports.submit`.
 */
import { chinaClock, chinaDay, chinaDayStart, DAY_MS, fromChinaTime } from '../common/china-time';
import { REPORT_LIMITS } from './limits';

/** A phone clock a little ahead of the server's is not a time in the future (ms). */
const CLOCK_SLACK_MS = 60_000;

/**
 * The earliest 发现时间 accepted at `now` (ms): 00:00 China time of the day
 * `seenWithinDays` (90) days back, so a time picked on the first day the picker
 * offers is still accepted when the form is sent minutes later.
 */
export const earliestSeenAt = (now: number) => chinaDayStart(chinaDay(now - REPORT_LIMITS.seenWithinDays * DAY_MS));

/** Why `seenAt` (ms) is refused at `now` (ms), in Chinese; null when it is accepted. */
export function seenAtProblem(seenAt: number, now: number): string | null {
  if (seenAt > now + CLOCK_SLACK_MS) return '发现时间不能晚于现在';
  if (seenAt < earliestSeenAt(now)) return `发现时间需在最近 ${REPORT_LIMITS.seenWithinDays} 天内`;
  return null;
}

/** What the date and time pickers show and allow, all in China time (`YYYY-MM-DD`, `HH:mm`). */
export interface SeenAtPicker {
  day: string;
  clock: string;
  firstDay: string;
  lastDay: string;
  /** The latest time the time picker offers on the chosen day: now's on today, else 23:59. */
  lastClock: string;
}

/** The picker of `seenAt` (ms) at `now` (ms): the value and its limits, in China time. */
export function seenAtPicker(seenAt: number, now: number): SeenAtPicker {
  const day = chinaDay(seenAt);
  const lastDay = chinaDay(now);
  return {
    day,
    clock: chinaClock(seenAt),
    firstDay: chinaDay(earliestSeenAt(now)),
    lastDay,
    lastClock: day === lastDay ? chinaClock(now) : '23:59',
  };
}

/**
 * The 发现时间 (ms) after picking a China `day` or `clock` (the other part is
 * kept from `seenAt`), held inside the accepted window at `now` (ms): a time
 * later today than now becomes now, one before the window its start. A
 * malformed pick keeps `seenAt`.
 */
export function pickSeenAt(seenAt: number, pick: { day?: string; clock?: string }, now: number): number {
  const picked = fromChinaTime(pick.day ?? chinaDay(seenAt), pick.clock ?? chinaClock(seenAt));
  if (picked === null) return seenAt;
  return Math.min(now, Math.max(earliestSeenAt(now), picked));
}
