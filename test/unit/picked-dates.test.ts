import { nextConsultationDay, pastFields, pastProblem } from '@domain/common/picked-dates';

const china = (iso: string) => Date.parse(`${iso}+08:00`);

describe('past dates: every date a person picks is checked against now', () => {
  it('refuses a picked time at or before now, with the field to mark', () => {
    const now = china('2026-11-29T10:00:00');
    expect(pastProblem(now, now, '开始时间')).toBe('开始时间已过，请选择今后的时间');
    expect(pastProblem(now + 60_000, now, '开始时间')).toBeNull();
    const rows = [{ startAt: china('2026-06-16T09:00:00') }, { startAt: china('2027-06-16T09:00:00') }];
    expect(pastFields(rows, now, (i) => `sessions.${i}.startAt`)).toEqual({
      'sessions.0.startAt': '开始时间已过，请选择今后的时间',
    });
  });

  it('leaves a saved row that keeps its time alone, but not one moved into the past', () => {
    const now = china('2026-11-29T10:00:00');
    const past = china('2026-06-16T09:00:00');
    expect(pastFields([{ startAt: past, before: past }], now, () => 'x')).toEqual({});
    expect(pastFields([{ startAt: past, before: past + 1 }], now, () => 'x')).toEqual({ x: expect.any(String) });
  });

  it('defaults a new session to the next 6·16 that has not begun (China time)', () => {
    expect(nextConsultationDay(china('2026-11-29T10:00:00'))).toBe('2027-06-16');
    expect(nextConsultationDay(china('2026-06-15T23:59:00'))).toBe('2026-06-16');
    expect(nextConsultationDay(china('2026-06-16T00:00:00'))).toBe('2027-06-16');
    expect(nextConsultationDay(china('2027-01-01T00:00:00'))).toBe('2027-06-16');
  });
});
