/**
 * Per-person budgets for the actions where abuse is plausible and cheap: each
 * is a number of attempts in a fixed window, with the message the person sees.
 * Hazard reports (a daily limit in the filing transaction) and wrong check-in
 * codes keep their own counters next to the data they protect.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
  message: string;
}

const HOUR = 60 * 60 * 1000;

export const RATE_LIMITS = {
  /** New sign-ups and sign-ups again after a cancellation; repeating a live sign-up is free. */
  signUp: { max: 20, windowMs: 24 * HOUR, message: '今天的报名操作过于频繁，请明天再试' },
  /** Every attempt counts, right or wrong: an invitation code must not be guessable. */
  redeemInvite: { max: 5, windowMs: HOUR, message: '邀请码尝试次数过多，请 1 小时后再试' },
  /** Each round started stores a row: generous for a person, a ceiling for a script. */
  quizStart: { max: 60, windowMs: 24 * HOUR, message: '今天答题的轮次已达上限，请明天再来' },
} as const satisfies Record<string, RateLimit>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** The fixed window a moment falls in; its start plus `windowMs` is when the budget renews. */
export const rateWindow = (limit: RateLimit, now: number) => Math.floor(now / limit.windowMs);
