/**
 * The one China-time module. Every day-keyed rule (daily budgets, tracking
 * numbers, the 统计表's days, retention of daily counters) and every date or
 * time shown to a person goes through here, so "today" is the China calendar
 * day (UTC+8, no daylight saving) whatever zone the server or phone runs in.
 * All instants are ms since the epoch; days are `YYYY-MM-DD` strings.
 *
 * Nothing here reads the process's time zone (no `getHours`, no `Date(y, m, d)`):
 * the offset is added by hand and the UTC fields read back.
 */

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 24 * 3600_000;

/** The earliest and latest instant any of our records may carry: 2000-01-01 and 2100-01-01 (ms). */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
export const LATEST_MS = Date.UTC(2100, 0, 1);

const pad = (n: number) => String(n).padStart(2, '0');

/** The China wall clock of an instant, or null when `ms` is not a finite instant Date can hold. */
function wallClock(ms: number): Date | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms + CHINA_OFFSET_MS);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * The China calendar day (`YYYY-MM-DD`) an instant falls in. Never throws: an
 * instant outside Date's range answers `''` (schemas keep such values out).
 */
export function chinaDay(ms: number): string {
  const d = wallClock(ms);
  return d ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : '';
}

/** The China month (`YYYY-MM`) of an instant; `''` when out of range. */
export const chinaMonth = (ms: number): string => chinaDay(ms).slice(0, 7);

/** The year of a day (`YYYY-MM-DD` or `YYYYMMDD`). */
export const chinaYear = (day: string): number => Number(day.slice(0, 4));

/** China wall-clock `HH:mm` of an instant; `''` when out of range. */
export function chinaClock(ms: number): string {
  const d = wallClock(ms);
  return d ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : '';
}

/** The China-time weekday of an instant, 0 (Sunday) to 6; NaN when out of range. */
export const chinaWeekday = (ms: number): number => wallClock(ms)?.getUTCDay() ?? Number.NaN;

/** `YYYY-MM-DD HH:mm` in China time, for screens, messages and exports; `''` when out of range. */
export function chinaTime(ms: number): string {
  const day = chinaDay(ms);
  return day && `${day} ${chinaClock(ms)}`;
}

const DAY_PATTERN = /^(\d{4})-?(\d{2})-?(\d{2})$/;

/**
 * The first ms of a China day, given as `YYYY-MM-DD` (or the compact `YYYYMMDD`
 * in counter ids). NaN when the text is not a day.
 */
export function chinaDayStart(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) - CHINA_OFFSET_MS;
}

/** The first ms of the next China day: when a day's budget renews. */
export const chinaDayEnd = (day: string): number => chinaDayStart(day) + DAY_MS;

/** [from 00:00, to+1 00:00) China time in ms: a store range covering whole days. */
export const chinaDayRange = (from: string, to: string) => ({ $gte: chinaDayStart(from), $lt: chinaDayEnd(to) });

/**
 * A China date (`YYYY-MM-DD`) and wall-clock time (`HH:mm`) as ms, for date
 * and time pickers; null when either is malformed.
 */
export function fromChinaTime(date: string, time: string): number | null {
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  const start = chinaDayStart(date);
  if (!t || Number.isNaN(start) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return start + (+t[1] * 60 + +t[2]) * 60_000;
}
