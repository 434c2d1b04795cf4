/**
 * Every check-in is accepted only within its window, on the China calendar: a
 * 咨询日 ticket at its session and a person at a 七进 activity, from an hour
 * before the start to an hour after the end, never on another China day.
 * (The functions' refusals: test/integration/events-host.test.ts and
 * checkins-host.test.ts, "every check-in is accepted only within its window".)
 */
import { activityCheckInRefusal } from '@domain/activities/rules';
import { checkInTimeRefusal, checkInWindow, checkInWindowText } from '@domain/common/check-in-window';

/** ms of a China wall-clock moment, written independently of the module under test. */
const china = (iso: string) => Date.parse(`${iso}+08:00`);
const span = (from: string, to: string) => ({ startAt: china(from), endAt: china(to) });

describe('every check-in is accepted only within its window', () => {
  it('opens an hour before the start and closes an hour after the end', () => {
    const morning = span('2026-06-16T09:00:00', '2026-06-16T11:30:00');
    expect(checkInWindow(morning)).toEqual({
      opensAt: china('2026-06-16T08:00:00'),
      closesAt: china('2026-06-16T12:30:00'),
    });
    expect(checkInWindowText(checkInWindow(morning))).toBe('2026-06-16 08:00 至 12:30');
    expect(checkInTimeRefusal(morning, china('2026-06-16T08:00:00'), '该场次')).toBeNull();
    expect(checkInTimeRefusal(morning, china('2026-06-16T12:30:00'), '该场次')).toBeNull();
    expect(checkInTimeRefusal(morning, china('2026-06-16T07:59:00'), '该场次')).toBe(
      '该场次尚未开始签到，签到时间为 2026-06-16 08:00 至 12:30（北京时间）',
    );
    expect(checkInTimeRefusal(morning, china('2026-06-16T12:31:00'), '该场次')).toBe(
      '该场次已结束，签到已关闭（签到时间为 2026-06-16 08:00 至 12:30（北京时间））',
    );
  });

  it('never reaches into another China day: a session just after midnight or just before it', () => {
    const early = span('2026-06-16T00:30:00', '2026-06-16T02:00:00');
    expect(checkInWindow(early).opensAt).toBe(china('2026-06-16T00:00:00'));
    expect(checkInTimeRefusal(early, china('2026-06-15T23:50:00'), '该场次')).toMatch(/^该场次尚未开始签到/);
    const late = span('2026-06-16T22:00:00', '2026-06-16T23:30:00');
    expect(checkInWindow(late).closesAt).toBe(china('2026-06-17T00:00:00') - 1);
    expect(checkInTimeRefusal(late, china('2026-06-17T00:10:00'), '该场次')).toMatch(/^该场次已结束/);
  });

  it('a ticket for 6·16 is refused the day before and the day after, and so is a 七进 activity', () => {
    const session = span('2026-06-16T09:00:00', '2026-06-16T11:00:00');
    for (const at of ['2026-06-15T09:30:00', '2026-06-17T09:30:00', '2026-06-09T09:30:00']) {
      expect(checkInTimeRefusal(session, china(at), '该场次')).not.toBeNull();
      expect(activityCheckInRefusal(session, china(at))).toMatch(/^活动(尚未开始签到|已结束，签到已关闭)/);
    }
    expect(activityCheckInRefusal(session, china('2026-06-16T10:00:00'))).toBeNull();
  });
});
