import { chinaYear } from '../common/china-time';
import { OUTREACH_KINDS, type OutreachKind, type Theme } from '../content/types';
import type { ActivityStat, StatsRow } from './types';

export const OUTREACH_LABELS: Record<OutreachKind, string> = {
  enterprise: '进企业',
  countryside: '进农村',
  community: '进社区',
  school: '进学校',
  family: '进家庭',
  government: '进机关',
  public_place: '进公共场所',
};

/** The 进 a year's plan names: that year's theme, else the latest earlier one. */
export function outreachOfYear(themes: Pick<Theme, 'year' | 'outreach'>[], year: number): OutreachKind[] {
  const theme = themes.filter((t) => t.year <= year).sort((a, b) => b.year - a.year)[0];
  return theme ? theme.outreach : [...OUTREACH_KINDS];
}

/** The 进 in force over a date range (the union when it spans years), in the plan's order. */
export function outreachInForce(themes: Pick<Theme, 'year' | 'outreach'>[], from: string, to: string): OutreachKind[] {
  const kinds = new Set<OutreachKind>();
  for (let y = chinaYear(from); y <= chinaYear(to); y += 1) for (const k of outreachOfYear(themes, y)) kinds.add(k);
  return OUTREACH_KINDS.filter((k) => kinds.has(k));
}

/** One row per 进 in force, summing the counters (any day, any shard) that fall in it. */
export function statsRows(
  counters: Pick<ActivityStat, 'kind' | 'sessions' | 'attendances'>[],
  kinds: OutreachKind[],
): StatsRow[] {
  return kinds.map((kind) => {
    const mine = counters.filter((c) => c.kind === kind);
    return {
      kind,
      label: OUTREACH_LABELS[kind],
      sessions: mine.reduce((n, c) => n + c.sessions, 0),
      attendances: mine.reduce((n, c) => n + c.attendances, 0),
    };
  });
}

/** Bar lengths for the on-screen chart: percentages of the largest value, a visible sliver for non-zero. */
export function barWidths(values: number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 || v === 0 ? 0 : Math.max(2, Math.round((v / max) * 100))));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range the 统计表 opens on (China-time days): the one a link names, else
 * this campaign from its June 1 (the latest not after `today`) to the end of
 * June, or to today once June is over, so the month and what followed it show.
 */
export function statsRange(today: string, from?: string, to?: string): { from: string; to: string } {
  if (from && to && DAY.test(from) && DAY.test(to) && from <= to) return { from, to };
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '06-01' ? 1 : 0);
  const june30 = `${year}-06-30`;
  return { from: `${year}-06-01`, to: today > june30 ? today : june30 };
}
