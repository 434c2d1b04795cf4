import { maskName, maskPhone } from '@domain/common/masking';
import { afterFailedAttempt, OUTBOX_POLICY, overviewOf, similarOpenReport, timelineOf } from '@domain/reports/rules';
import {
  canTransition,
  finalReportRefusal,
  REPORT_STATUSES,
  transitionFieldErrors,
  transitionProblem,
  type ReportStatus,
} from '@domain/reports/status';
import { trackingNumber } from '@domain/reports/tracking';
import { deadlineProblem, deadlinePassed, deadlineRange, RECTIFY_MAX_DAYS } from '@domain/reports/rectification';
import { isOverdue } from '@domain/reports/desk';
import { rerouteFieldErrors, rerouteLabel } from '@domain/reports/reroute';
import { chinaDayStart } from '@domain/common/china-time';
import type { HazardReport } from '@domain/reports/types';

/** 2026-06-16 10:00 China time. */
const NOW = chinaDayStart('2026-06-16') + 10 * 3600_000;

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
    const problem = transitionProblem({ from, to, reasonId: 'no_facts', deadline: '2026-06-30', now: NOW });
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
    expect(transitionProblem({ from: 'submitted', to: 'rejected', ...extra, now: NOW })).toBe(message);
  });

  it('puts each problem on the field it is about, for the form to mark', () => {
    const reject = { from: 'submitted' as const, to: 'rejected' as const, now: NOW };
    expect(transitionFieldErrors(reject)).toEqual({ reasonId: '请选择不予受理的理由' });
    expect(Object.keys(transitionFieldErrors({ ...reject, reasonId: 'duplicate' }))).toEqual(['linkedTrackingNo']);
    expect(Object.keys(transitionFieldErrors({ ...reject, reasonId: 'out_of_scope' }))).toEqual(['referral']);
    expect(transitionFieldErrors({ ...reject, reasonId: 'no_facts' })).toEqual({});
    expect(transitionFieldErrors({ from: 'closed', to: 'accepted', now: NOW })).toEqual({
      _: '当前状态为“已办结”，不能改为“已受理”',
    });
  });

  it('says which change is not allowed', () => {
    expect(transitionProblem({ from: 'closed', to: 'accepted', now: NOW })).toBe(
      '当前状态为“已办结”，不能改为“已受理”',
    );
  });
});

describe('转办', () => {
  it('goes to another known channel, marked under the channel choice otherwise', () => {
    expect(rerouteFieldErrors({ from: '12350', to: '12345' })).toEqual({});
    expect(rerouteFieldErrors({ from: '12350', to: '12350' })).toEqual({
      channelId: '这条举报已在该渠道，请选择其他渠道',
    });
    expect(rerouteFieldErrors({ from: '12350', to: 'rule-hazchem' })).toEqual({ channelId: '请选择转办的渠道' });
  });

  it('reads on the reporter’s timeline by the channel’s name, never its id alone', () => {
    const at = NOW + 60_000;
    const event = {
      _id: 'e',
      reportId: 'r',
      kind: 'reroute' as const,
      at,
      actor: 'h',
      from: '12350',
      to: '96119',
      note: '属消防',
    };
    expect(rerouteLabel('96119')).toBe('已转办至 96119 火灾隐患举报投诉');
    expect(timelineOf(NOW, [event])).toEqual([
      { at: NOW, status: 'submitted' },
      { at, status: 'submitted', label: '已转办至 96119 火灾隐患举报投诉', note: '属消防' },
    ]);
  });
});

describe('no change to a final report', () => {
  it.each([
    ['submitted', null],
    ['accepted', null],
    ['rectifying', null],
    ['closed', '这条举报已办结，不能再改动'],
    ['rejected', '这条举报已不予受理，不能再改动'],
  ] as const)('%s → %s', (status, message) => {
    expect(finalReportRefusal(status)).toBe(message);
  });
});

describe('整改限期 follows China time', () => {
  // 2026-06-16 23:59 and 2026-06-17 00:01 China time: "today" turns over at 00:00 China time, not UTC.
  const lateEvening = chinaDayStart('2026-06-17') - 60_000;
  const justAfterMidnight = chinaDayStart('2026-06-17') + 60_000;

  it.each([
    [undefined, NOW, '请选择整改限期'],
    ['', NOW, '请选择整改限期'],
    ['2026-02-30', NOW, '整改限期不是有效日期'],
    ['2026-6-30', NOW, '整改限期不是有效日期'],
    ['2026-06-15', NOW, '整改限期不能早于今天'],
    ['2026-06-16', NOW, null],
    ['2026-06-16', lateEvening, null],
    ['2026-06-16', justAfterMidnight, '整改限期不能早于今天'],
    ['2026-09-14', NOW, null],
    ['2026-09-15', NOW, `整改限期不能超过 ${RECTIFY_MAX_DAYS} 天（最晚 2026-09-14）`],
  ])('限期 %s picked at %d → %s', (day, now, message) => {
    expect(deadlineProblem(day, now)).toBe(message);
  });

  it('转入整改 needs a 限期, marked under its picker; other moves ignore it', () => {
    const move = { from: 'accepted' as const, to: 'rectifying' as const, now: NOW };
    expect(transitionFieldErrors(move)).toEqual({ deadline: '请选择整改限期' });
    expect(transitionFieldErrors({ ...move, deadline: '2026-06-01' })).toEqual({ deadline: '整改限期不能早于今天' });
    expect(transitionFieldErrors({ ...move, deadline: '2026-06-23' })).toEqual({});
    expect(transitionProblem({ from: 'accepted', to: 'closed', now: NOW })).toBeNull();
  });

  it('整改照片 go only with 转入整改 or 办结, marked under the photos', () => {
    const photos = ['cloud://x/0.png'];
    expect(transitionFieldErrors({ from: 'submitted', to: 'accepted', photos, now: NOW })).toEqual({
      photos: '整改照片只能随转入整改或办结提交',
    });
    expect(transitionFieldErrors({ from: 'rectifying', to: 'closed', photos, now: NOW })).toEqual({});
    expect(
      transitionFieldErrors({ from: 'accepted', to: 'rectifying', photos, deadline: '2026-06-20', now: NOW }),
    ).toEqual({});
  });

  it('the picker offers today to 90 days on and opens a week from today', () => {
    expect(deadlineRange(lateEvening)).toEqual({ first: '2026-06-16', last: '2026-09-14', suggested: '2026-06-23' });
    expect(deadlineRange(justAfterMidnight).first).toBe('2026-06-17');
  });

  it('a rectification is 已超期 from 00:00 China time after its 限期, whatever the channel allows', () => {
    const end = chinaDayStart('2026-06-21');
    expect(deadlinePassed('2026-06-20', end - 1)).toBe(false);
    expect(deadlinePassed('2026-06-20', end)).toBe(true);
    const rectifying = { channelId: '12350', createdAt: NOW, status: 'rectifying' as const, deadline: '2026-06-20' };
    // 12350 allows 15 working days, but the 限期 is what counts once set.
    expect(isOverdue(rectifying, end - 1)).toBe(false);
    expect(isOverdue(rectifying, end)).toBe(true);
    expect(isOverdue({ ...rectifying, status: 'closed' }, end)).toBe(false);
    // Without a 限期 (rectifications before it was asked) the channel's handling time still counts.
    expect(isOverdue({ ...rectifying, deadline: undefined }, end)).toBe(false);
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
