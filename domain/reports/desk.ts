import { chinaDay, chinaDayEnd, chinaWeekday, DAY_MS } from '../common/china-time';
import { deadlinePassed } from './rectification';
import { OPEN_STATUSES, type ReportStatus } from './status';
import type { HazardReport, SecurityState } from './types';

/**
 * How many working days (Monday–Friday, China time) each channel takes to
 * answer, as the result page promises and the desk's 已超期 tab counts. A
 * channel not listed takes the default. Configuration, not law: change it
 * here when a channel publishes a different commitment.
 */
export const HANDLING_WORKING_DAYS: Record<string, number> = { '12345': 5, '12350': 15, '96119': 3 };
const DEFAULT_WORKING_DAYS = 5;

export const handlingDaysOf = (channelId: string) => HANDLING_WORKING_DAYS[channelId] ?? DEFAULT_WORKING_DAYS;

/**
 * When an open report of `channelId` filed at `createdAt` (ms) becomes overdue
 * (ms): the end of the China-time day `handlingDaysOf(channelId)` working days
 * later, weekends skipped (public holidays are not known here).
 */
export function dueAt(channelId: string, createdAt: number): number {
  let at = createdAt;
  let left = handlingDaysOf(channelId);
  while (left > 0) {
    at += DAY_MS;
    const weekday = chinaWeekday(at);
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return chinaDayEnd(chinaDay(at));
}

/** The handler desk's tabs, in the order they are worked. */
export const DESK_TABS = ['review', 'new', 'working', 'overdue', 'done'] as const;
export type DeskTab = (typeof DESK_TABS)[number];

export const DESK_TAB_LABELS: Record<DeskTab, string> = {
  review: '待审核',
  new: '待受理',
  working: '处理中',
  overdue: '已超期',
  done: '已办结',
};

/** Reports a person must release before anyone handles them: photos not yet judged, or held for review. */
export const UNDER_REVIEW: SecurityState[] = ['checking', 'held'];

/** The store filter of a tab (the overdue tab also needs `isOverdue` on each row). */
export function tabFilter(tab: DeskTab): { security?: SecurityState | { $in: SecurityState[] }; status: unknown } {
  if (tab === 'review') return { security: { $in: UNDER_REVIEW }, status: 'submitted' };
  // Closed includes reports refused on the review desk, which never passed.
  if (tab === 'done') return { status: { $in: ['closed', 'rejected'] } };
  const statuses: Record<Exclude<DeskTab, 'review' | 'done'>, ReportStatus[]> = {
    new: ['submitted'],
    working: ['accepted', 'rectifying'],
    overdue: OPEN_STATUSES,
  };
  return { security: 'passed', status: { $in: statuses[tab] } };
}

/**
 * Open and late at `now` (ms): a rectification with its 整改限期 is late from
 * 00:00 China time after that day (the 限期 replaces the channel's handling
 * time); any other open report once past its channel's handling time.
 */
export function isOverdue(r: Pick<HazardReport, 'channelId' | 'createdAt' | 'status' | 'deadline'>, now: number) {
  if (!OPEN_STATUSES.includes(r.status)) return false;
  if (r.status === 'rectifying' && r.deadline) return deadlinePassed(r.deadline, now);
  return now > dueAt(r.channelId, r.createdAt);
}
