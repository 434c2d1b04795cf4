import { chinaTime } from '../common/china-time';
import { OPEN_STATUSES, type ReportStatus } from './status';

/**
 * What a reporter can do after filing, as 12345 flows offer: 催办 once the
 * expected handling time has passed and the report is still open, and one
 * 满意度评价 once it is closed or refused.
 */
const DAY_MS = 24 * 3600_000;

/**
 * Our service commitment per channel, in calendar days from filing (not a
 * statutory limit): when 我的举报 offers 催办. A channel not listed uses `default`.
 */
export const EXPECTED_HANDLING_DAYS: Record<string, number> & { default: number } = {
  '12345': 7,
  '12350': 7,
  '96119': 3,
  default: 7,
};

/** A reporter may 催办 again only after this long (ms). */
export const URGE_INTERVAL_MS = DAY_MS;

export const RATING_LEVELS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const RATING_LABELS: Record<RatingLevel, string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
};

export interface ReportRating {
  level: RatingLevel;
  comment: string;
  at: number;
}

type FollowUpFacts = {
  channelId: string;
  status: ReportStatus;
  createdAt: number;
  lastUrgedAt?: number;
  rating?: ReportRating;
};

/** When (ms) 催办 opens for a report filed at `createdAt` on `channelId`. */
export const urgeOpensAt = (r: Pick<FollowUpFacts, 'channelId' | 'createdAt'>): number =>
  r.createdAt + (EXPECTED_HANDLING_DAYS[r.channelId] ?? EXPECTED_HANDLING_DAYS.default) * DAY_MS;

/** Why 催办 is not possible at `now` (ms), in the reporter's words; null when it is. Times are China time. */
export function urgeRefusal(r: FollowUpFacts, now: number): string | null {
  if (!OPEN_STATUSES.includes(r.status)) return '这条举报已办理完毕，无需催办';
  const opens = urgeOpensAt(r);
  if (now < opens) return `尚在预计办理时限内，${chinaTime(opens)} 后可以催办`;
  if (r.lastUrgedAt !== undefined && now - r.lastUrgedAt < URGE_INTERVAL_MS) {
    return `已于 ${chinaTime(r.lastUrgedAt)} 催办，24小时内请勿重复催办`;
  }
  return null;
}

/** Why a 满意度评价 is not possible; null when it is. */
export function rateRefusal(r: FollowUpFacts): string | null {
  if (r.status !== 'closed' && r.status !== 'rejected') return '办结后才能评价';
  if (r.rating) return '这条举报已经评价过';
  return null;
}
