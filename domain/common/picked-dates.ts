/**
 * Dates a person picks (a session, an activity) are checked against "now"
 * here, once, for every form and function: a new or moved time in the past is
 * refused with a Chinese message instead of being saved and listed as upcoming.
 */
import { chinaDay, chinaDayStart, chinaYear } from './china-time';
import { AppError } from './errors';

/** A picked time that must lie ahead of `now`; `label` names it (开始时间). Answers a message or null. */
export function pastProblem(at: number, now: number, label: string): string | null {
  return at <= now ? `${label}已过，请选择今后的时间` : null;
}

/**
 * The fields of dated rows (`sessions.0.startAt` …) whose time was newly picked
 * and lies in the past. A row that keeps the time it was saved with (`before`)
 * is left alone: an event may still list a session that already ran.
 */
export function pastFields(
  rows: { startAt: number; before?: number }[],
  now: number,
  path: (index: number) => string,
  label = '开始时间',
): Record<string, string> {
  const found: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (row.before === row.startAt) return;
    const problem = pastProblem(row.startAt, now, label);
    if (problem) found[path(i)] = problem;
  });
  return found;
}

/** Throws the refusal for `pastFields`' answer, or returns when it is empty. */
export function refusePast(fields: Record<string, string>): void {
  const [first] = Object.values(fields);
  if (first) throw new AppError('invalid_input', first, fields);
}

/**
 * The next 安全宣传咨询日 (6·16) that has not yet begun in China, as `YYYY-MM-DD`:
 * what a new session defaults to.
 */
export function nextConsultationDay(now: number): string {
  const year = chinaYear(chinaDay(now));
  const startOf = (y: number) => chinaDayStart(`${y}-06-16`);
  return `${now < startOf(year) ? year : year + 1}-06-16`;
}
