import { chinaDay } from '../common/china-time';

/**
 * The China day (`20260616`) a report's counters are keyed by: the daily
 * limit `rate:<pseudonym>:<day>` and the tracking serial `day:<day>`.
 */
export const trackingDay = (ms: number): string => chinaDay(ms).replace(/-/g, '');

/** Tracking numbers count per day in China time: `YH20260616-000123`. */
export function trackingNumber(now: number, serial: number): string {
  return `YH${trackingDay(now)}-${String(serial).padStart(6, '0')}`;
}
