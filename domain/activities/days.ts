/** Statistics count by China calendar day (UTC+8), whatever the server's zone. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;

export const dayOf = (t: number): string => new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The first millisecond of a `YYYY-MM-DD` day in China. */
export const dayStart = (day: string): number => Date.parse(`${day}T00:00:00.000Z`) - CHINA_OFFSET_MS;

/** [from 00:00, to+1 00:00) in ms: the range the 统计表's other counts use. */
export const dayRange = (from: string, to: string) => ({ $gte: dayStart(from), $lt: dayStart(to) + DAY_MS });

export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** A China-time day and `HH:mm` as ms, for the editor's date and time pickers. */
export function atChinaTime(day: string, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return dayStart(day) + (h * 60 + m) * 60_000;
}

export const timeOf = (t: number): string => new Date(t + CHINA_OFFSET_MS).toISOString().slice(11, 16);
