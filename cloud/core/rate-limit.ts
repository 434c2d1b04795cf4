import { AppError } from '@domain/common/errors';
import { RATE_LIMITS, rateWindow, type RateLimitedAction } from '@domain/common/rate-limits';
import { COLLECTIONS } from './collections';
import { addToCounter } from './counter';
import type { Runtime } from './runtime';

export interface RateCounter {
  _id: string;
  count: number;
  /** When the window ends: the purge removes counters past it. */
  expiresAt: number;
}

/** The counter of `openid`'s budget for `action` in the window `windowKey` (privacy erase finds them by this prefix). */
export const rateCounterId = (action: RateLimitedAction, openid: string, windowKey: string) =>
  `${action}:${openid}:${windowKey}`;

/**
 * Spends one attempt of the caller's budget for `action`, or refuses with the
 * limit's message. A guarded increment of one document outside any transaction,
 * so concurrent attempts cannot overspend and a crowd cannot conflict.
 */
export async function spendAttempt(runtime: Runtime, action: RateLimitedAction, openid: string): Promise<void> {
  const limit = RATE_LIMITS[action];
  const window = rateWindow(limit, runtime.clock.now());
  const id = rateCounterId(action, openid, window.key);
  const fresh: RateCounter = { _id: id, count: 0, expiresAt: window.endsAt };
  // Usually the first attempt of the window: the insert alone spends it (one round trip).
  const spent = await addToCounter(
    runtime.store,
    COLLECTIONS.rateLimits,
    fresh,
    { count: 1 },
    {
      guard: { count: { $lt: limit.max } },
      firstUse: true,
    },
  );
  if (!spent) throw new AppError('rate_limited', limit.message);
}
