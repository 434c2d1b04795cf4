import { maskName, maskPhone } from '@domain/common/masking';
import { afterFailedAttempt, OUTBOX_POLICY, overviewOf, similarOpenReport, timelineOf } from '@domain/reports/rules';
import {
  canTransition,
  REPORT_STATUSES,
  transitionFieldErrors,
  transitionProblem,
  type ReportStatus,
} from '@domain/reports/status';
import { trackingNumber } from '@domain/reports/tracking';
import type { HazardReport } from '@domain/reports/types';

describe('status machine', () => {
  const allowed: [ReportStatus, ReportStatus][] = [
    ['submitted', 'accepted'],
    ['submitted', 'rejected'],
    ['accepted', 'rectifying'],
    ['accepted', 'closed'],
    ['rectifying', 'closed'],
  ];
  const table = REPORT_STATUSES.flatMap((from) =>
    REPORT_STATUSES.map((to) => [from, to, allowed.some(([f, t]) => f === from && t === to)] as const),
  );

  it.each(table)('%s → %s allowed: %s', (from, to, ok) => {
    expect(canTransition(from, to)).toBe(ok);
    const problem = transitionProblem({ from, to, reasonId: 'no_facts' });
    expect(problem === null).toBe(ok);
  });

  it.each([
    [{ reasonId: undefined }, '请选择不予受理的理由'],
    [{ reasonId: 'duplicate' }, '请填写此前已受理的举报编号（如 YH20260616-000123）'],
    [{ reasonId: 'duplicate', linkedTrackingNo: 'YH2026-1' }, '请填写此前已受理的举报编号（如 YH20260616-000123）'],
    [{ reasonId: 'duplicate', linkedTrackingNo: 'YH20260616-000123' }, null],
    [{ reasonId: 'out_of_scope' }, '请告知举报人应向何处反映'],
    [{ reasonId: 'out_of_scope', referral: '  ' }, '请告知举报人应向何处反映'],
    [{ reasonId: 'out_of_scope', referral: '请向市场监管部门 12315 反映' }, null],
    [{ reasonId: 'legal_procedure' }, null],
  ])('不予受理 with %j → %s', (extra, message) => {
    expect(transitionProblem({ from: 'submitted', to: 'rejected', ...extra })).toBe(message);
  });

  it('puts each problem on the field it is about, for the form to mark', () => {
    const reject = { from: 'submitted' as const, to: 'rejected' as const };
    expect(transitionFieldErrors(reject)).toEqual({ reasonId: '请选择不予受理的理由' });
    expect(Object.keys(transitionFieldErrors({ ...reject, reasonId: 'duplicate' }))).toEqual(['linkedTrackingNo']);
    expect(Object.keys(transitionFieldErrors({ ...reject, reasonId: 'out_of_scope' }))).toEqual(['referral']);
    expect(transitionFieldErrors({ ...reject, reasonId: 'no_facts' })).toEqual({});
    expect(transitionFieldErrors({ from: 'closed', to: 'accepted' })).toEqual({
      _: '当前状态为“已办结”，不能改为“已受理”',
    });
  });

  it('says which change is not allowed', () => {
    expect(transitionProblem({ from: 'closed', to: 'accepted' })).toBe('当前状态为“已办结”，不能改为“已受理”');
  });
});

describe('tracking numbers, masking, timeline, outbox backoff', () => {
  it('counts per day in China time', () => {
    // 2026-06-15T17:00Z is already 6月16日 in Beijing.
    expect(trackingNumber(Date.UTC(2026, 5, 15, 17), 123)).toBe('YH20260616-000123');
    expect(trackingNumber(Date.UTC(2026, 5, 15, 15, 59), 1)).toBe('YH20260615-000001');
  });

  it.each([
    ['13812345678', '138****5678'],
    ['123', '****'],
  ])('masks phone %s as %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['王', '*'],
  ])('masks name %s as %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it('shows the reporter status changes only, in order, starting at 已提交', () => {
    const timeline = timelineOf(100, [
      {
        _id: 'b',
        reportId: 'r',
        kind: 'status',
        at: 300,
        actor: 'h',
        from: 'accepted',
        to: 'rectifying',
        note: '整改',
      },
      { _id: 'x', reportId: 'r', kind: 'reveal', at: 250, actor: 'h' },
      { _id: 'a', reportId: 'r', kind: 'status', at: 200, actor: 'h', from: 'submitted', to: 'accepted', note: '受理' },
    ]);
    expect(timeline.map((t) => t.status)).toEqual(['submitted', 'accepted', 'rectifying']);
    expect(JSON.stringify(timeline)).not.toContain('"h"');
  });

  it('backs off 1, 2, 4, 8 minutes and gives up after the last attempt', () => {
    const delays = [1, 2, 3, 4].map((n) => afterFailedAttempt(n, 0).nextAt / 60_000);
    expect(delays).toEqual([1, 2, 4, 8]);
    expect(afterFailedAttempt(OUTBOX_POLICY.maxAttempts, 0).state).toBe('dead');
    expect(afterFailedAttempt(OUTBOX_POLICY.maxAttempts - 1, 0).state).toBe('pending');
  });

  it('warns about an open report of the same place and category only', () => {
    const mine = [
      { status: 'closed' as const, setting: 'ebike', category: 'indoor', place: '幸福小区3栋' },
      { status: 'accepted' as const, setting: 'ebike', category: 'indoor', place: '幸福小区 3栋' },
    ];
    expect(similarOpenReport(mine, { setting: 'ebike', category: 'indoor', place: '幸福小区3栋' })).toBe(mine[1]);
    expect(
      similarOpenReport(mine, { setting: 'ebike', category: 'flying_wire', place: '幸福小区3栋' }),
    ).toBeUndefined();
    expect(
      similarOpenReport(mine.slice(0, 1), { setting: 'ebike', category: 'indoor', place: '幸福小区3栋' }),
    ).toBeUndefined();
  });

  it('counts by channel, status and category, and lists open risks by place', () => {
    const base = { location: { address: 'x' }, photos: [] } as unknown as HazardReport;
    const reports = [
      {
        ...base,
        channelId: '12350',
        status: 'submitted',
        setting: 'hazchem',
        category: 'storage',
        place: 'A厂',
        trackingNo: 'T1',
        severity: 'major',
        location: { address: 'a', latitude: 30, longitude: 120 },
      },
      {
        ...base,
        channelId: '12345',
        status: 'closed',
        setting: 'gas',
        category: 'cylinder',
        place: 'B店',
        trackingNo: 'T2',
      },
      {
        ...base,
        channelId: '12350',
        status: 'accepted',
        setting: 'hazchem',
        category: 'storage',
        place: 'A 厂',
        trackingNo: 'T3',
      },
    ] as HazardReport[];
    const o = overviewOf(reports);
    expect(o.byChannel).toEqual({ '12350': 2, '12345': 1 });
    expect(o.byStatus).toEqual({ submitted: 1, closed: 1, accepted: 1 });
    expect(o.byCategory[0]).toEqual({ setting: 'hazchem', category: 'storage', count: 2 });
    expect(o.places).toEqual([{ place: 'A厂', open: 2, major: 1, trackingNos: ['T1', 'T3'] }]);
    expect(o.points).toEqual([{ trackingNo: 'T1', latitude: 30, longitude: 120, place: 'A厂', severity: 'major' }]);
  });
});
