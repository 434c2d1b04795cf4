/**
 * Issue 12 §3: "today" is the China calendar day for every day-keyed rule,
 * whatever zone the process runs in. Node caches TZ at start-up, so each zone
 * runs the rules in its own child process (test/support/china-time-probe.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chinaDay, chinaDayEnd, chinaDayStart, chinaTime, fromChinaTime } from '@domain/common/china-time';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** ms of a China wall-clock moment, written independently of the module under test. */
const china = (iso: string) => Date.parse(`${iso}+08:00`);

const MOMENTS = [
  { at: china('2026-06-15T23:59:00'), day: '2026-06-15', shown: '2026-06-15 23:59' },
  { at: china('2026-06-16T00:01:00'), day: '2026-06-16', shown: '2026-06-16 00:01' },
  { at: china('2026-06-16T07:59:00'), day: '2026-06-16', shown: '2026-06-16 07:59' },
  { at: china('2026-06-16T08:01:00'), day: '2026-06-16', shown: '2026-06-16 08:01' },
  // A year boundary: the 统计表's year and the theme of the year follow China time too.
  { at: china('2025-12-31T23:59:00'), day: '2025-12-31', shown: '2025-12-31 23:59' },
  { at: china('2026-01-01T00:01:00'), day: '2026-01-01', shown: '2026-01-01 00:01' },
];

function probe(tz: string) {
  const out = execFileSync(TSX, [join(ROOT, 'test/support/china-time-probe.ts'), ...MOMENTS.map((m) => String(m.at))], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as {
    zoneOffsetMinutes: number;
    day: string;
    month: string;
    year: number;
    shown: string;
    dayStart: number;
    picked: number | null;
    signUpBudget: { key: string; endsAt: number };
    reportCounterDay: string;
    trackingNo: string;
    statDay: string;
    themeYear?: number;
  }[];
}

describe('every day-keyed rule follows China time', () => {
  it.each([
    ['UTC', 0],
    ['Asia/Shanghai', -480],
  ])('in a process running in TZ=%s', (tz, offset) => {
    const rows = probe(tz);
    rows.forEach((row, i) => {
      const m = MOMENTS[i];
      // The child really ran in that zone.
      expect(row.zoneOffsetMinutes).toBe(offset);
      expect(row.day).toBe(m.day);
      expect(row.month).toBe(m.day.slice(0, 7));
      expect(row.year).toBe(Number(m.day.slice(0, 4)));
      expect(row.shown).toBe(m.shown);
      expect(row.dayStart).toBe(china(`${m.day}T00:00:00`));
      expect(row.picked).toBe(m.at);
      // The sign-up budget (20 a day) renews at 00:00 China time.
      expect(row.signUpBudget).toEqual({ key: m.day, endsAt: china(`${m.day}T00:00:00`) + 24 * 3600_000 });
      // Report limits and tracking numbers count per China day.
      expect(row.reportCounterDay).toBe(m.day.replace(/-/g, ''));
      expect(row.trackingNo).toBe(`YH${m.day.replace(/-/g, '')}-000001`);
      // The 统计表 counts a session on its China day.
      expect(row.statDay).toBe(m.day);
      // The theme in force turns over at 00:00 China time on 1 January.
      expect(row.themeYear).toBe(Number(m.day.slice(0, 4)));
    });
    // 23:59 and 00:01 are different days; 00:01, 07:59 and 08:01 are one day.
    expect(new Set(rows.slice(0, 4).map((r) => r.signUpBudget.key)).size).toBe(2);
  });

  it('never throws on an instant outside the calendar, and refuses malformed days', () => {
    for (const t of [9e15, 1e308, -1e308, Number.NaN, Infinity]) {
      expect(chinaDay(t)).toBe('');
      expect(chinaTime(t)).toBe('');
    }
    expect(chinaDayStart('2026-6-1')).toBeNaN();
    expect(chinaDayEnd('20260616')).toBe(china('2026-06-17T00:00:00'));
    expect(fromChinaTime('2026-06-16', '9:00')).toBeNull();
    expect(fromChinaTime('20260616', '09:00')).toBeNull();
  });
});
