/** Tracking numbers count per day in China time: `YH20260616-000123`. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export function chinaDay(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** When a China-time day (`20260616`) ends, in ms. */
export function chinaDayEnd(day: string): number {
  const [y, m, d] = [day.slice(0, 4), day.slice(4, 6), day.slice(6, 8)].map(Number);
  return Date.UTC(y, m - 1, d + 1) - CHINA_OFFSET_MS;
}

export function trackingNumber(now: number, serial: number): string {
  return `YH${chinaDay(now)}-${String(serial).padStart(6, '0')}`;
}
