import { chinaDay, chinaDayEnd, chinaDayStart, DAY_MS } from '../common/china-time';

/**
 * 整改限期: 转入整改 names the China day by which the hazard must be fixed.
 * It may be today and at most `RECTIFY_MAX_DAYS` China days ahead; the report
 * counts as 已超期 from 00:00 China time after that day.
 */
export const RECTIFY_MAX_DAYS = 90;

/** A handler's usual first pick (China days from today), shown in the picker until they choose. */
export const RECTIFY_SUGGESTED_DAYS = 7;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `day` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export const isChinaDay = (day: string): boolean => DAY.test(day) && chinaDay(chinaDayStart(day)) === day;

/** The days a 限期 may be picked from at `now` (ms): today and the next `RECTIFY_MAX_DAYS`, China time. */
export function deadlineRange(now: number): { first: string; last: string; suggested: string } {
  return {
    first: chinaDay(now),
    last: chinaDay(now + RECTIFY_MAX_DAYS * DAY_MS),
    suggested: chinaDay(now + RECTIFY_SUGGESTED_DAYS * DAY_MS),
  };
}

/** What is wrong with a 限期 picked at `now` (ms), in Chinese; null when it may be used. */
export function deadlineProblem(day: string | undefined, now: number): string | null {
  if (!day) return '请选择整改限期';
  if (!isChinaDay(day)) return '整改限期不是有效日期';
  const { first, last } = deadlineRange(now);
  if (day < first) return '整改限期不能早于今天';
  if (day > last) return `整改限期不能超过 ${RECTIFY_MAX_DAYS} 天（最晚 ${last}）`;
  return null;
}

/** Whether a rectification due on `day` is past its 限期 at `now` (ms): from 00:00 China time the day after. */
export const deadlinePassed = (day: string, now: number): boolean => now >= chinaDayEnd(day);

/** How the 限期 reads on the reporter's timeline and the handler's page. */
export const deadlineText = (day: string) => `整改限期至 ${day}`;
