/**
 * What a reconciliation found and fixed: counters recounted from the rows they
 * count (a session's seats, waitlist and check-ins; the 七进 statistics), after
 * a crash between two steps of a sign-up, promotion or check-in.
 */
export interface Reconciliation {
  /** Sessions and statistics buckets looked at. */
  checked: { sessions: number; counters: number };
  /** One line per corrected counter, e.g. `场次“咨询区”：剩余名额 3 → 5`. */
  fixes: string[];
  /** Counters still moving (touched within the quiet period); the next run looks again. */
  busy: number;
  /** People moved from the waitlist onto seats that were found free. */
  promoted: number;
  /** Sessions with more seats taken than they have: never expected; needs a person to decide. */
  oversold: string[];
}

export const COUNTER_LABELS: Record<string, string> = {
  seatsLeft: '剩余名额',
  waitlisted: '候补人数',
  checkedIn: '已签到人数',
  sessions: '场次数',
  attendances: '签到人次',
};

export const fixLine = (what: string, field: string, from: number, to: number) =>
  `${what}：${COUNTER_LABELS[field] ?? field} ${from} → ${to}`;
