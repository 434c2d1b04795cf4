import { dueAt, isOverdue, tabFilter } from '@domain/reports/desk';

const china = (iso: string) => Date.parse(`${iso}+08:00`);

describe('the handler desk: tabs and each channel’s handling time', () => {
  it('counts working days in China time, skipping the weekend', () => {
    // Friday 2026-06-12 at 23:30 China time (15:30 UTC): 5 working days ends Friday 06-19.
    expect(dueAt('12345', china('2026-06-12T23:30:00'))).toBe(china('2026-06-20T00:00:00'));
    // 96119: 3 working days from Tuesday 06-16 ends Friday 06-19.
    expect(dueAt('96119', china('2026-06-16T10:00:00'))).toBe(china('2026-06-20T00:00:00'));
  });

  it('is overdue only while open and past its time', () => {
    const filed = china('2026-06-16T10:00:00');
    const late = china('2026-06-21T00:00:00');
    expect(isOverdue({ channelId: '96119', createdAt: filed, status: 'accepted' }, late)).toBe(true);
    expect(isOverdue({ channelId: '96119', createdAt: filed, status: 'closed' }, late)).toBe(false);
    expect(isOverdue({ channelId: '96119', createdAt: filed, status: 'submitted' }, filed + 3600_000)).toBe(false);
  });

  it('puts unreleased reports on 待审核 and only released ones in the work tabs', () => {
    expect(tabFilter('review')).toEqual({ security: { $in: ['checking', 'held'] }, status: 'submitted' });
    expect(tabFilter('new')).toEqual({ security: 'passed', status: { $in: ['submitted'] } });
    expect(tabFilter('done')).toEqual({ status: { $in: ['closed', 'rejected'] } });
  });
});
