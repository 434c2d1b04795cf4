/**
 * One person holds no overlapping sessions: a sign-up whose session shares
 * any time with one the same person holds (signed up, waiting or checked in)
 * is refused, naming that session in China time. The function's refusal:
 * test/integration/events-host.test.ts ("one person holds no overlapping sessions");
 * at the same moment: test/integration/events-overlap-race.test.ts.
 */
import { clashPendingRefusal, clashRefusal, HOLDING_STATUSES, overlaps } from '@domain/events/rules';

const china = (iso: string) => Date.parse(`${iso}+08:00`);
const session = (id: string, title: string, from: string, to: string) => ({
  _id: id,
  title,
  startAt: china(`2026-06-16T${from}:00`),
  endAt: china(`2026-06-16T${to}:00`),
});

describe('one person holds no overlapping sessions', () => {
  const morning = session('s1', '咨询区', '09:00', '11:30');

  it('any shared minute is an overlap; back to back is not', () => {
    expect(overlaps(morning, session('s2', '体验区', '11:00', '12:00'))).toBe(true);
    expect(overlaps(morning, session('s2', '体验区', '09:30', '10:00'))).toBe(true);
    expect(overlaps(morning, session('s2', '体验区', '08:00', '13:00'))).toBe(true);
    expect(overlaps(morning, session('s2', '体验区', '11:30', '12:30'))).toBe(false);
    expect(overlaps(morning, session('s2', '体验区', '07:00', '09:00'))).toBe(false);
  });

  it('names the clashing session and its time in China time', () => {
    const wanted = session('s2', '互动体验区', '10:00', '12:00');
    expect(clashRefusal(wanted, [session('s3', '文艺表演', '14:00', '15:00'), morning])).toBe(
      '您已报名同一时段的“咨询区”场次（2026-06-16 09:00–11:30，北京时间），不能再报名时间重叠的场次；如需改报，请先取消原报名',
    );
    expect(clashRefusal(wanted, [session('s3', '文艺表演', '14:00', '15:00')])).toBeNull();
    // The session itself (a re-sign-up after cancelling) is no clash.
    expect(clashRefusal(morning, [morning])).toBeNull();
  });

  it('names the overlapping session still being signed up for (the same person at the same moment)', () => {
    expect(clashPendingRefusal(morning)).toBe(
      '您正在报名同一时段的“咨询区”场次（2026-06-16 09:00–11:30，北京时间），不能同时报名时间重叠的场次；请稍后在“我的报名”中查看结果',
    );
  });

  it('a cancelled sign-up holds nothing', () => {
    expect(HOLDING_STATUSES).toEqual(['confirmed', 'waitlisted', 'checked_in']);
  });
});
