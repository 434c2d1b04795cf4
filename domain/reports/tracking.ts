/** Tracking numbers count per day in China time: `YH20260616-000123`. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export function chinaDay(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

export function trackingNumber(now: number, serial: number): string {
  return `YH${chinaDay(now)}-${String(serial).padStart(6, '0')}`;
}
