/**
 * The 发现时间 picker follows China time whatever zone the phone runs in: a
 * phone set to UTC at 00:30 on 6·16 in China still shows 2026-06-16 00:30, its
 * last day is 6·16, and a picked date and time mean that China wall clock.
 * Node caches TZ at start-up, so each zone runs in its own child process
 * (test/support/seen-at-probe.ts), as the China-time rules' test does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { earliestSeenAt, pickSeenAt, seenAtPicker, seenAtProblem } from '@domain/reports/seen-at';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** ms of a China wall-clock moment, written independently of the module under test. */
const china = (iso: string) => Date.parse(`${iso}+08:00`);

// 00:30 on 6·16 in China is still 6·15 in UTC: a picker on the phone's zone shows the wrong day.
const NOW = china('2026-06-16T00:30:00');
const SEEN = [NOW, china('2026-06-15T23:59:00'), china('2026-06-16T07:59:00')];

function probe(tz: string) {
  const out = execFileSync(TSX, [join(ROOT, 'test/support/seen-at-probe.ts'), String(NOW), ...SEEN.map(String)], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as {
    zoneOffsetMinutes: number;
    picker: ReturnType<typeof seenAtPicker>;
    pickedDay: number;
    pickedClock: number;
    pickedLater: number;
    pickedFirstDay: number;
    problem: string | null;
  }[];
}

describe('the 发现时间 picker follows China time', () => {
  it.each([
    ['UTC', 0],
    ['Asia/Shanghai', -480],
  ])('on a phone running in TZ=%s', (tz, offset) => {
    const [now, lastNight, later] = probe(tz);
    expect(now.zoneOffsetMinutes).toBe(offset);
    // The value and the limits, in China time.
    expect(now.picker).toEqual({
      day: '2026-06-16',
      clock: '00:30',
      firstDay: '2026-03-18',
      lastDay: '2026-06-16',
      lastClock: '00:30',
    });
    expect(lastNight.picker).toMatchObject({ day: '2026-06-15', clock: '23:59', lastClock: '23:59' });
    // A picked date keeps the clock; a picked clock keeps the date; both are China wall clock.
    expect(now.pickedDay).toBe(china('2026-06-15T00:30:00'));
    expect(lastNight.pickedClock).toBe(china('2026-06-15T07:30:00'));
    expect(lastNight.pickedLater).toBe(china('2026-06-15T23:50:00'));
    // Later today than now is now; the first day offered starts at its 00:00 and is accepted.
    expect(now.pickedClock).toBe(NOW);
    expect(now.pickedLater).toBe(NOW);
    expect(now.pickedFirstDay).toBe(china('2026-03-18T00:00:00'));
    expect([now.problem, lastNight.problem, later.problem]).toEqual([null, null, '发现时间不能晚于现在']);
  });

  it('the window the function checks is the window the picker offers', () => {
    expect(earliestSeenAt(NOW)).toBe(china('2026-03-18T00:00:00'));
    expect(seenAtProblem(china('2026-03-18T00:00:00'), NOW)).toBeNull();
    expect(seenAtProblem(china('2026-03-17T23:59:00'), NOW)).toBe('发现时间需在最近 90 天内');
    // A phone a few seconds ahead of the server is not "in the future".
    expect(seenAtProblem(NOW + 30_000, NOW)).toBeNull();
    // A malformed pick keeps what was there.
    expect(pickSeenAt(NOW - 1, { clock: '25:00x' }, NOW)).toBe(NOW - 1);
  });
});
