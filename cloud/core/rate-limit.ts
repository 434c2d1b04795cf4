import { AppError } from '@domain/common/errors';
import { RATE_LIMITS, rateWindow, type RateLimitedAction } from '@domain/common/rate-limits';
import { COLLECTIONS } from './collections';
import type { Runtime } from './runtime';

export interface RateCounter {
  _id: string;
  count: number;
  /** When the window ends: the purge removes counters past it. */
  expiresAt: number;
}

/**
 * Spends one attempt of the caller's budget for `action`, or refuses with the
 * limit's message. A guarded increment, so concurrent attempts cannot overspend.
 */
export async function spendAttempt(runtime: Runtime, action: RateLimitedAction, openid: string): Promise<void> {
  const limit = RATE_LIMITS[action];
  const window = rateWindow(limit, runtime.clock.now());
  const id = `${action}:${openid}:${window.key}`;
  const { store } = runtime;
  await store.insert<RateCounter>(COLLECTIONS.rateLimits, {
    _id: id,
    count: 0,
    expiresAt: window.endsAt,
  });
  const spent = await store.update(COLLECTIONS.rateLimits, id, { inc: { count: 1 } }, { count: { $lt: limit.max } });
  if (!spent) throw new AppError('rate_limited', limit.message);
}
