import { AppError } from '@domain/common/errors';
import { RATE_LIMITS, rateWindow } from '@domain/common/rate-limits';
import { clashPendingRefusal, clashRefusal, HOLDING_STATUSES, overlaps } from '@domain/events/rules';
import type { Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../core/collections';
import { QUIET_MS } from '../../core/counter';
import { rateCounterId, type RateCounter } from '../../core/rate-limit';
import type { Runtime } from '../../core/runtime';
import type { Store } from '../../ports/store';

/**
 * One person, one place at a time, even at the same moment (two phones, two
 * events). Reading the person's sign-ups and then writing one leaves a gap in
 * which their other request can do the same, so both would stand. The gap is
 * closed with a claim on the session's time, written before the seat is taken
 * to a document only that person writes: their daily sign-up budget
 * (`signUp:<openid>:<China day>`, the counter `spendAttempt` keeps for other
 * actions). Why this document and these steps:
 *
 * - Not a transaction: the session's seat counter is the hottest document there
 *   is, and CloudBase re-runs a conflicting transaction 3 times, then throws.
 *   The claim touches only the person's own document, by single-document guarded
 *   updates (atomic on CloudBase without a transaction), so a crowd never meets it.
 * - Not a lock to release, nor a check after writing: either costs a round trip
 *   on every sign-up (the crowd's sign-up stays at 6), and a check after writing
 *   would let the loser hold a seat for a moment that someone else was refused.
 *   Folded into the budget, a person's first sign-up of the day is still one
 *   insert: the insert succeeding proves no other sign-up of theirs began today.
 * - Every later write is guarded on the document's `rev`, so of two claims read
 *   from the same state only one lands: the other reads again and sees the
 *   first. A sign-up therefore sees every claim placed before its own, and for
 *   each that overlaps its session it looks at that claim's sign-up: held
 *   (refused, as clashRefusal says), cancelled since, given up (`released`), or
 *   still being made (it waits a little, then refuses with clashPendingRefusal).
 * - A claim is over after `CLAIM_LIFE_MS`, longer than any function may run, so a
 *   crashed sign-up blocks nothing for long. For the same reason a sign-up in
 *   the last `CLAIM_LIFE_MS` of a China day also claims in the next day's
 *   document (without spending that day's budget): one running across midnight
 *   then meets one started after it.
 */

/** A sign-up's claim on its session's time (ms), on the person's sign-up budget document. */
export interface TimeClaim {
  sessionId: string;
  /** The session's name and time, for the refusal of an overlapping sign-up. */
  title: string;
  startAt: number;
  endAt: number;
  /** When the sign-up began (ms); a cancellation of its sign-up is at or after it. */
  at: number;
  /** The sign-up gave up after claiming (the session was full, a write failed): it holds nothing. */
  released?: boolean;
}

/** The daily sign-up budget with the day's claims; `rev` moves with every claim or release. */
interface SignUpBudget extends RateCounter {
  claims?: TimeClaim[];
  rev?: number;
}

/** How long a claim may still become a sign-up, in ms: longer than any function runs (see QUIET_MS). */
export const CLAIM_LIFE_MS = QUIET_MS;

/** How often and how many times an overlapping sign-up still being made is looked at again (ms, times). */
const POLL_MS = 150;
const POLLS = 6;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Claims `session`'s time for `openid` and spends one attempt of the sign-up
 * budget, or refuses: `conflict` (Chinese, clashRefusal or clashPendingRefusal)
 * when the person holds or is signing up for an overlapping session,
 * `rate_limited` when the day's budget is spent. `now` is the sign-up's time
 * (ms). Answers the release to call if the sign-up then fails, so the claim
 * blocks nothing.
 */
export async function claimSessionTime(
  runtime: Runtime,
  openid: string,
  session: Session,
  now: number,
): Promise<() => Promise<void>> {
  const limit = RATE_LIMITS.signUp;
  const today = rateWindow(limit, now);
  const claim: TimeClaim = {
    sessionId: session._id,
    title: session.title,
    startAt: session.startAt,
    endAt: session.endAt,
    at: now,
  };
  const budgets = [{ id: rateCounterId('signUp', openid, today.key), expiresAt: today.endsAt, spends: true }];
  if (today.endsAt - now < CLAIM_LIFE_MS) {
    const next = rateWindow(limit, today.endsAt);
    budgets.push({ id: rateCounterId('signUp', openid, next.key), expiresAt: next.endsAt, spends: false });
  }
  const placed: string[] = [];
  const release = async () => {
    await Promise.all(placed.map((id) => releaseIn(runtime.store, id, claim)));
  };
  try {
    for (const budget of budgets) {
      await claimIn(runtime, openid, budget, claim);
      placed.push(budget.id);
    }
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
  return release;
}

/** Places `claim` on one budget document, after looking at every claim placed there before it. */
async function claimIn(
  runtime: Runtime,
  openid: string,
  budget: { id: string; expiresAt: number; spends: boolean },
  claim: TimeClaim,
) {
  const { store } = runtime;
  const limit = RATE_LIMITS.signUp;
  const count = budget.spends ? 1 : 0;
  const fresh: SignUpBudget = { _id: budget.id, count, expiresAt: budget.expiresAt, claims: [claim], rev: 1 };
  // Usually the day's first sign-up: the insert alone claims (one round trip).
  if (await store.insert(COLLECTIONS.rateLimits, fresh)) return;
  let polls = 0;
  for (let round = 0; round < 20; round += 1) {
    const doc = await store.get<SignUpBudget>(COLLECTIONS.rateLimits, budget.id);
    if (!doc) {
      // Purged between the two calls (a day past its window): start the document again.
      if (await store.insert(COLLECTIONS.rateLimits, fresh)) return;
      continue;
    }
    if (budget.spends && doc.count >= limit.max) throw new AppError('rate_limited', limit.message);
    const pending = await pendingOverlap(runtime, openid, claim, doc.claims ?? []);
    if (pending) {
      if (++polls > POLLS)
        throw new AppError('conflict', clashPendingRefusal(pending), { sessionId: pending.sessionId });
      await sleep(POLL_MS);
      continue;
    }
    const patch = { set: { claims: [...(doc.claims ?? []), claim] }, inc: { count, rev: 1 } };
    // A budget kept before claims existed has no `rev`: null matches the missing field.
    if (await store.update(COLLECTIONS.rateLimits, budget.id, patch, { rev: doc.rev ?? null })) return;
  }
  throw new AppError('conflict', '报名状态刚刚发生了变化，请刷新后再试');
}

/**
 * Looks at the sign-up behind each earlier claim overlapping `claim`: throws
 * the clash refusal if one is held; answers one still being made, or null when
 * none is (cancelled since, given up, or past its life).
 */
async function pendingOverlap(
  runtime: Runtime,
  openid: string,
  claim: TimeClaim,
  claims: TimeClaim[],
): Promise<TimeClaim | null> {
  const wanted = { _id: claim.sessionId, startAt: claim.startAt, endAt: claim.endAt };
  const others = claims.filter((c) => !c.released && c.sessionId !== claim.sessionId && overlaps(c, claim));
  let pending: TimeClaim | null = null;
  for (const other of others) {
    // One sign-up per person per session, by this id (see Registration._id).
    const id = `${other.sessionId}:${openid}`;
    const registration = await runtime.store.get<Registration>(COLLECTIONS.registrations, id);
    if (registration && HOLDING_STATUSES.includes(registration.status)) {
      const held = { _id: other.sessionId, title: other.title, startAt: other.startAt, endAt: other.endAt };
      throw new AppError('conflict', clashRefusal(wanted, [held])!, { sessionId: other.sessionId });
    }
    const cancelledSince = registration?.status === 'cancelled' && registration.updatedAt >= other.at;
    const over = runtime.clock.now() - other.at >= CLAIM_LIFE_MS;
    if (!cancelledSince && !over) pending ??= other;
  }
  return pending;
}

/** Marks `claim` given up on one budget document (guarded on `rev`, like every claim write). */
async function releaseIn(store: Store, id: string, claim: TimeClaim) {
  for (let round = 0; round < 10; round += 1) {
    const doc = await store.get<SignUpBudget>(COLLECTIONS.rateLimits, id);
    const claims = doc?.claims ?? [];
    const mine = claims.findIndex((c) => c.sessionId === claim.sessionId && c.at === claim.at && !c.released);
    if (!doc || mine < 0) return;
    const next = claims.map((c, i) => (i === mine ? { ...c, released: true } : c));
    if (
      await store.update(
        COLLECTIONS.rateLimits,
        id,
        { set: { claims: next }, inc: { rev: 1 } },
        { rev: doc.rev ?? null },
      )
    )
      return;
  }
}
