import { chinaDay, chinaDayEnd } from './china-time';

/**
 * Per-person budgets for the actions where abuse is plausible and cheap: each
 * is a number of attempts in a fixed window, with the message the person sees.
 * Hazard reports (a daily limit in the filing transaction) and wrong check-in
 * codes keep their own counters next to the data they protect.
 */
export interface RateLimit {
  max: number;
  /** A fixed window of this many ms, or `'chinaDay'`: the budget renews at 00:00 China time. */
  window: number | 'chinaDay';
  message: string;
}

const HOUR = 60 * 60 * 1000;

export const RATE_LIMITS = {
  /** New sign-ups and sign-ups again after a cancellation; repeating a live sign-up is free. */
  signUp: { max: 20, window: 'chinaDay', message: '今天的报名操作过于频繁，请明天再试' },
  /** Every attempt counts, right or wrong: an invitation code must not be guessable. */
  redeemInvite: { max: 5, window: HOUR, message: '邀请码尝试次数过多，请 1 小时后再试' },
  /** Each round started stores a row: generous for a person, a ceiling for a script. */
  quizStart: { max: 60, window: 'chinaDay', message: '今天答题的轮次已达上限，请明天再来' },
} as const satisfies Record<string, RateLimit>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/**
 * The window a moment (ms) falls in: `key` names its counter, `endsAt` (ms) is
 * when the budget renews. A daily budget is a China calendar day, whatever
 * zone the server runs in.
 */
export function rateWindow(limit: RateLimit, now: number): { key: string; endsAt: number } {
  if (limit.window === 'chinaDay') {
    const day = chinaDay(now);
    return { key: day, endsAt: chinaDayEnd(day) };
  }
  const n = Math.floor(now / limit.window);
  return { key: String(n), endsAt: (n + 1) * limit.window };
}
