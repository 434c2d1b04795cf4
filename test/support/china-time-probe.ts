/**
 * Run by test/unit/china-time.test.ts in a child process with a chosen TZ
 * (Node reads TZ once, so each zone needs its own process). Prints, as JSON,
 * what every day-keyed rule answers at the instants given in argv (ms).
 */
import { statId } from '../../domain/activities/rules';
import { currentTheme } from '../../domain/content/rules';
import type { Theme } from '../../domain/content/types';
import {
  chinaDay,
  chinaDayStart,
  chinaMonth,
  chinaTime,
  chinaYear,
  fromChinaTime,
} from '../../domain/common/china-time';
import { RATE_LIMITS, rateWindow } from '../../domain/common/rate-limits';
import { trackingDay, trackingNumber } from '../../domain/reports/tracking';

const themes = [2025, 2026].map((year) => ({ year }) as Theme);

const rows = process.argv.slice(2).map((arg) => {
  const t = Number(arg);
  const day = chinaDay(t);
  return {
    zoneOffsetMinutes: new Date(t).getTimezoneOffset(),
    day,
    month: chinaMonth(t),
    year: chinaYear(day),
    shown: chinaTime(t),
    dayStart: chinaDayStart(day),
    picked: fromChinaTime(day, chinaTime(t).slice(11)),
    signUpBudget: rateWindow(RATE_LIMITS.signUp, t),
    reportCounterDay: trackingDay(t),
    trackingNo: trackingNumber(t, 1),
    statDay: statId('单位', t, 'community', 'x').split(':')[0],
    themeYear: currentTheme(themes, t)?.year,
  };
});
process.stdout.write(JSON.stringify(rows));
