/**
 * When a check-in is accepted: a 咨询日 ticket at its session, a person at a
 * 七进 activity. One window for both, on the China calendar: from an hour
 * before the start (people arrive early) to an hour after the end, and never
 * outside the China day(s) the session runs on, so a ticket for 6·16 is not
 * checked in on 6·15 or a week later. The page shows it, the function refuses
 * with it.
 */
import { chinaClock, chinaDay, chinaDayEnd, chinaDayStart, chinaTime } from './china-time';

/** Check-in opens this long before the start (ms). */
export const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;
/** And stays open this long after the end (ms). */
export const CHECK_IN_CLOSES_AFTER_MS = 60 * 60_000;

/** The first and last instant (ms, inclusive) a check-in is accepted. */
export interface CheckInWindow {
  opensAt: number;
  closesAt: number;
}

/** The window of a session or activity running `startAt`–`endAt` (ms). */
export function checkInWindow(span: { startAt: number; endAt: number }): CheckInWindow {
  return {
    opensAt: Math.max(span.startAt - CHECK_IN_OPENS_BEFORE_MS, chinaDayStart(chinaDay(span.startAt))),
    closesAt: Math.min(span.endAt + CHECK_IN_CLOSES_AFTER_MS, chinaDayEnd(chinaDay(span.endAt)) - 1),
  };
}

/** The window in words, China time: `2026-06-16 08:00 至 12:00`. */
export function checkInWindowText(window: CheckInWindow): string {
  const sameDay = chinaDay(window.opensAt) === chinaDay(window.closesAt);
  return `${chinaTime(window.opensAt)} 至 ${sameDay ? chinaClock(window.closesAt) : chinaTime(window.closesAt)}`;
}

/**
 * Why a check-in at `now` (ms) is refused for `span` (the `what` names it:
 * 活动, 该场次), in Chinese with the window in China time; null inside it.
 */
export function checkInTimeRefusal(span: { startAt: number; endAt: number }, now: number, what: string): string | null {
  const window = checkInWindow(span);
  const when = `签到时间为 ${checkInWindowText(window)}（北京时间）`;
  if (now < window.opensAt) return `${what}尚未开始签到，${when}`;
  if (now > window.closesAt) return `${what}已结束，签到已关闭（${when}）`;
  return null;
}
