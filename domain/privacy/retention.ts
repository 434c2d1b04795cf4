/**
 * How long each kind of personal data is kept: the one table the privacy notice
 * quotes and the purge applies. A deployment may shorten a period with
 * `RETENTION_<KIND>_DAYS` but never lengthen it, so the notice stays true.
 */
export const DAY_MS = 86_400_000;

export interface RetentionRule {
  /** The longest the data is kept, as the notice promises it. */
  days: number;
  /** What the period counts from, in the notice's words. */
  from: string;
}

export const RETENTION = {
  /** Name and phone of a 咨询日 sign-up, from the end of its session. */
  signupContact: { days: 90, from: '活动结束后' },
  /** Name and unit of a 七进 check-in, from the end of the activity. */
  checkinIdentity: { days: 90, from: '活动结束后' },
  /** A report's contact, location and photos, from its closure (办结 or 不予受理). */
  reportPersonal: { days: 365, from: '办结后' },
  /** Notifications recorded where there are no subscribe messages (H5), from sending. */
  notifications: { days: 30, from: '发送后' },
  /** Attempt counters of rate limits (wrong check-in codes, sign-ups, reports a day), from the end of their window. */
  counters: { days: 1, from: '计数时段结束后' },
  /** Who did what, kept for accountability, from the entry. */
  auditLogs: { days: 3 * 365, from: '记录后' },
} as const satisfies Record<string, RetentionRule>;

export type RetentionKind = keyof typeof RETENTION;
export const RETENTION_KINDS = Object.keys(RETENTION) as RetentionKind[];

/** The period in force for each kind, in days. */
export type RetentionDays = Record<RetentionKind, number>;

export const DEFAULT_RETENTION = Object.fromEntries(
  RETENTION_KINDS.map((k) => [k, RETENTION[k].days]),
) as RetentionDays;

/** A period as the notice says it: whole years as years, anything else in days. */
export function periodText(days: number): string {
  return days % 365 === 0 ? `${days / 365} 年` : `${days} 天`;
}

/** The notice's wording of a kind's period, e.g. 活动结束后 90 天. */
export const retentionText = (kind: RetentionKind) => `${RETENTION[kind].from} ${periodText(RETENTION[kind].days)}`;

/** `signupContact` → `RETENTION_SIGNUP_CONTACT_DAYS`. */
export const retentionEnvName = (kind: RetentionKind) =>
  `RETENTION_${kind.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_DAYS`;

/**
 * The periods in force: the notice's, or a shorter one from the environment.
 * A value that is not a whole number of days, or longer than the notice
 * promises, is refused with an error naming the variable.
 */
export function readRetention(env: Record<string, string | undefined>): RetentionDays {
  const days = { ...DEFAULT_RETENTION };
  for (const kind of RETENTION_KINDS) {
    const name = retentionEnvName(kind);
    const raw = env[name]?.trim();
    if (!raw) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      throw new Error(`${name} must be a whole number of days, at least 1 (got "${raw}")`);
    }
    const value = Number(raw);
    if (value > RETENTION[kind].days) {
      throw new Error(
        `${name}=${value} is longer than the ${RETENTION[kind].days}-day period the privacy notice promises; it may only shorten it`,
      );
    }
    days[kind] = value;
  }
  return days;
}

/** The moment at or before which data kept for `days` has expired at `now`. */
export const retentionCutoff = (days: number, now: number) => now - days * DAY_MS;

/** Whether data counted from `since` (a session's end, a report's closure …) has outlived `days` at `now`. */
export const isExpired = (since: number, days: number, now: number) => since <= retentionCutoff(days, now);
