import { chinaDay, chinaDayRange, chinaDayStart, chinaTime } from '@domain/common/china-time';
import { attendanceSheet } from '@domain/activities/attendance-sheet';
import { checkKindInForce, statId, STAT_SHARDS } from '@domain/activities/rules';
import { barWidths, outreachInForce, statsRange, statsRows } from '@domain/activities/stats';
import { statsSheet } from '@domain/activities/stats-sheet';
import type { Activity, Checkin, StatsTable } from '@domain/activities/types';
import { AppError } from '@domain/common/errors';
import { OUTREACH_KINDS, type OutreachKind } from '@domain/content/types';

const SEVEN: OutreachKind[] = [...OUTREACH_KINDS];
const FIVE: OutreachKind[] = ['enterprise', 'countryside', 'community', 'school', 'family'];
const themes = [
  { year: 2026, outreach: SEVEN },
  { year: 2021, outreach: FIVE },
];

describe('China days', () => {
  it.each([
    [Date.parse('2026-06-15T15:59:59Z'), '2026-06-15'],
    [Date.parse('2026-06-15T16:00:00Z'), '2026-06-16'],
    [Date.parse('2026-06-16T15:59:59Z'), '2026-06-16'],
  ])('%d is %s', (t, day) => expect(chinaDay(t)).toBe(day));

  it('ranges cover whole China days', () => {
    expect(chinaDayStart('2026-06-16')).toBe(Date.parse('2026-06-15T16:00:00Z'));
    expect(chinaDayRange('2026-06-01', '2026-06-30')).toEqual({
      $gte: Date.parse('2026-05-31T16:00:00Z'),
      $lt: Date.parse('2026-06-30T16:00:00Z'),
    });
  });
});

describe('the 进 in force', () => {
  it.each([
    ['2026-06-01', '2026-06-30', SEVEN],
    ['2025-06-01', '2025-06-30', FIVE],
    ['2021-06-01', '2021-06-30', FIVE],
    ['2025-12-01', '2026-01-31', SEVEN],
  ])('%s – %s', (from, to, kinds) => expect(outreachInForce(themes, from, to)).toEqual(kinds));

  it('refuses a 进 the year does not name', () => {
    expect(() => checkKindInForce(themes, 'government', chinaDayStart('2025-06-16'))).toThrow(
      new AppError('invalid_input', '2025年的安全宣传没有“进机关”'),
    );
    expect(() => checkKindInForce(themes, 'government', chinaDayStart('2026-06-16'))).not.toThrow();
  });
});

describe('statistics rows', () => {
  it('sum shards and days per kind, zero for kinds without activity, in the plan order', () => {
    const counters = [
      { kind: 'community' as const, sessions: 1, attendances: 30 },
      { kind: 'community' as const, sessions: 0, attendances: 12 },
      { kind: 'school' as const, sessions: 2, attendances: 100 },
      { kind: 'community' as const, sessions: 1, attendances: 0 },
      { kind: 'government' as const, sessions: 9, attendances: 9 },
    ];
    expect(statsRows(counters, FIVE).map((r) => [r.label, r.sessions, r.attendances])).toEqual([
      ['进企业', 0, 0],
      ['进农村', 0, 0],
      ['进社区', 2, 42],
      ['进学校', 2, 100],
      ['进家庭', 0, 0],
    ]);
  });

  it('spreads one key over a few shards, deterministically', () => {
    const ids = new Set(
      Array.from({ length: 200 }, (_, i) => statId('单位', chinaDayStart('2026-06-16'), 'community', `a:${i}`)),
    );
    expect(ids.size).toBe(STAT_SHARDS);
    for (const id of ids) expect(id).toMatch(/^2026-06-16:community:\d:单位$/);
    expect(statId('单位', 0, 'school', 'x')).toBe(statId('单位', 0, 'school', 'x'));
  });

  it.each([
    [
      [0, 0],
      [0, 0],
    ],
    [
      [10, 5, 0],
      [100, 50, 0],
    ],
    [
      [1000, 1],
      [100, 2],
    ],
  ])('bar widths of %j are %j', (values, widths) => expect(barWidths(values)).toEqual(widths));
});

const table: StatsTable = {
  unit: '示范街道办事处',
  from: '2026-06-01',
  to: '2026-06-30',
  outreach: statsRows([{ kind: 'community', sessions: 1, attendances: 1 }], SEVEN),
  consultation: { sessions: 2, signups: 40, attended: 31 },
  hazardReports: 7,
  quiz: 12,
};

describe('统计表 layout (附件2)', () => {
  const sheet = statsSheet(table, '2026-06-20');
  const cell = (label: string) => sheet.rows.find((r) => r[0] === label)?.[1];

  it('has the title, the 填报 line with blanks for what the app cannot know, and the header', () => {
    expect(sheet.rows[0][0]).toBe('“安全生产月”活动进展情况统计表');
    expect(sheet.rows[1][0]).toMatch(/^填报单位：示范街道办事处\s+联系人：\s+电话：\s+填报日期：2026-06-20$/);
    expect(sheet.rows[3]).toEqual(['活动项目', '活动进展情况']);
    expect(sheet.merges).toContainEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } });
  });

  it('fills the 七进 row, the 咨询日 row and the 随手拍 count', () => {
    const seven = cell('抓好安全宣传“七进”末端落实') as string;
    expect(seven).toContain('开展安全宣传进社区活动（1）场、参与（1）人次');
    expect(seven).toContain('开展安全宣传进企业活动（0）场、参与（0）人次');
    expect(seven).toContain('开展安全宣传进公共场所活动（0）场');
    expect(cell('认真开展“安全宣传咨询日”活动')).toBe(
      '组织开展“安全宣传咨询日”活动（2）场、报名（40）人次、现场签到（31）人次。',
    );
    expect(cell('组织开展“查找身边安全隐患”系列行动')).toContain('收到“安全隐患随手拍”举报（7）条');
    expect(cell('组织开展“查找身边安全隐患”系列行动')).toContain('“安全隐患我查找”网络知识答题等活动（12）人次');
    expect(cell('其他特色活动')).toBe('活动名称（      ），组织（      ）场/次，参与（      ）人次。');
  });

  it('names 五进 for a five-item year', () => {
    const five = statsSheet({ ...table, outreach: statsRows([], FIVE) }, '2025-06-20');
    expect(five.rows.some((r) => r[0] === '抓好安全宣传“五进”末端落实')).toBe(true);
  });
});

describe('attendance sheet', () => {
  const activity = {
    _id: 'a1',
    kind: 'community',
    title: '消防演练',
    unit: '示范街道办事处',
    place: { name: '社区中心', address: 'x', latitude: 0, longitude: 0 },
    startAt: Date.parse('2026-06-16T01:00:00Z'),
  } as Activity;
  const row = (id: string, at: string, extra: Partial<Checkin> = {}): Checkin => ({
    _id: id,
    activityId: 'a1',
    unit: activity.unit,
    kind: 'community',
    name: `姓名${id}`,
    org: '居民',
    checkedInAt: Date.parse(at),
    source: 'scan',
    ...extra,
  });

  it('lists present rows oldest first with China times and a total', () => {
    const sheet = attendanceSheet(activity, [
      row('b', '2026-06-16T01:10:00Z', { source: 'manual' }),
      row('a', '2026-06-16T01:05:00Z'),
      row('c', '2026-06-16T01:06:00Z', { removedAt: 1 }),
    ]);
    expect(sheet.rows[2]).toEqual(['序号', '姓名', '单位', '签到时间', '方式']);
    expect(sheet.rows.slice(3)).toEqual([
      [1, '姓名a', '居民', '2026-06-16 09:05', '扫码'],
      [2, '姓名b', '居民', '2026-06-16 09:10', '现场补录'],
      ['合计 2 人次', '', '', '', ''],
    ]);
    expect(chinaTime(activity.startAt)).toBe('2026-06-16 09:00');
  });
});

describe('the range the 统计表 opens on', () => {
  it('starts on this campaign’s June 1 and runs to the end of June or to today', () => {
    expect(statsRange('2026-06-10')).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(statsRange('2026-11-29')).toEqual({ from: '2026-06-01', to: '2026-11-29' });
    expect(statsRange('2027-03-01')).toEqual({ from: '2026-06-01', to: '2027-03-01' });
    expect(statsRange('2026-11-29', '2026-11-01', '2027-06-30')).toEqual({ from: '2026-11-01', to: '2027-06-30' });
    expect(statsRange('2026-11-29', 'x', '2027-06-30')).toEqual({ from: '2026-06-01', to: '2026-11-29' });
  });
});
