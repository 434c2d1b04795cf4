import { chinaTime } from '../common/china-time';

/**
 * When an event runs, in China time, from its sessions' start and end (ms):
 * "2026-06-16 09:00 — 12:00" on one day, "2026-06-16 09:00 — 2026-06-17 12:00"
 * across days; '' without sessions. Shown under the title on the event page
 * and on the printed poster.
 */
export function eventWhen(sessions: readonly { startAt: number; endAt: number }[]): string {
  if (sessions.length === 0) return '';
  const start = chinaTime(Math.min(...sessions.map((s) => s.startAt)));
  const end = chinaTime(Math.max(...sessions.map((s) => s.endAt)));
  return start.slice(0, 10) === end.slice(0, 10) ? `${start} — ${end.slice(11)}` : `${start} — ${end}`;
}
