import { AppError } from '@domain/common/errors';
import type { Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';
import type { Store } from '../../ports/store';

/**
 * Seats without transactions. A session is the hottest document there is (a
 * crowd scanning the venue poster), and CloudBase gives up a conflicting
 * transaction after 3 re-runs, so the session's counters only ever move by
 * single-document guarded updates, and a sign-up is written by its
 * deterministic id in a second step. Every sequence takes the seat before it
 * writes the sign-up and writes the cancellation before it gives the seat back,
 * so a crash between two steps can only leave a seat unused, never sold twice;
 * the reconciliation (reconcile.ts) gives such a seat back.
 */

/** The template key of the subscribe message a promoted person gets (TEMPLATE_WAITLIST_PROMOTED). */
export const PROMOTED_TEMPLATE = 'waitlist_promoted';

/** How many waiting sign-ups promotion reads at a time; it pages through the whole waitlist. */
const WAITLIST_PAGE = 100;

/** A newcomer takes seats only while nobody waits: a freed seat goes to the waitlist first. */
const takeNewSeats = (store: Store, sessionId: string, n: number, now: number) =>
  store.update(
    COLLECTIONS.sessions,
    sessionId,
    { inc: { seatsLeft: -n }, set: { touchedAt: now } },
    { seatsLeft: { $gte: n }, waitlisted: { $lte: 0 } },
  );

/** Moves a session's counters (seats back, waitlist in or out, check-ins) in one unguarded update. */
export const moveCounters = (store: Store, sessionId: string, inc: Record<string, number>, now: number) =>
  store.update(COLLECTIONS.sessions, sessionId, { inc, set: { touchedAt: now } });

const writeSignUp = (store: Store, doc: Registration, replacing: boolean) => {
  if (!replacing) return store.insert(COLLECTIONS.registrations, doc);
  const { _id, ...fields } = doc;
  // A cancelled sign-up is reused (one per person per session); the guard makes a concurrent re-sign-up lose.
  return store.update(COLLECTIONS.registrations, _id, { set: fields }, { status: 'cancelled' });
};

/**
 * Seats a newcomer or puts them on the waitlist. Answers the sign-up as
 * written, or null when the same person's other request wrote theirs first
 * (whatever this one took is given back). Throws `conflict` when the session is
 * full and has no waitlist.
 */
export async function admit(
  runtime: Runtime,
  session: Session,
  draft: Omit<Registration, 'status'>,
  replacing: boolean,
): Promise<Registration | null> {
  const { store } = runtime;
  const n = draft.headcount;
  const now = draft.updatedAt;
  const full = () => new AppError('conflict', '该场次名额已满');
  // Try what the session read suggests; a concurrent change sends us to the other way, a few times at most.
  let trySeat = !session.waitlistEnabled || (session.seatsLeft >= n && session.waitlisted <= 0);
  for (let round = 0; round < 4; round += 1, trySeat = !trySeat) {
    if (trySeat) {
      if (await takeNewSeats(store, session._id, n, now)) {
        return settle(runtime, { ...draft, status: 'confirmed' }, replacing, { seatsLeft: n });
      }
      if (!session.waitlistEnabled) throw full();
    } else {
      // Queued only while no seat is free, so nobody waits beside an empty seat.
      const queued = await store.update(
        COLLECTIONS.sessions,
        session._id,
        { inc: { waitlisted: 1 }, set: { touchedAt: now } },
        { seatsLeft: { $lt: n } },
      );
      if (queued) return settle(runtime, { ...draft, status: 'waitlisted' }, replacing, { waitlisted: -1 });
    }
  }
  // Seats keep opening and closing under us: queue anyway and let promotion keep the order.
  await moveCounters(store, session._id, { waitlisted: 1 }, now);
  const written = await settle(runtime, { ...draft, status: 'waitlisted' }, replacing, { waitlisted: -1 });
  if (written) await promoteWaitlist(runtime, session._id, now);
  return written && (await store.get<Registration>(COLLECTIONS.registrations, written._id));
}

/** Writes the sign-up after its counter moved; undoes the counter when the write lost or failed. */
async function settle(
  runtime: Runtime,
  doc: Registration,
  replacing: boolean,
  undo: Record<string, number>,
): Promise<Registration | null> {
  const { store } = runtime;
  const giveBack = async () => {
    await moveCounters(store, doc.sessionId, undo, doc.updatedAt);
    if (undo.seatsLeft) await promoteWaitlist(runtime, doc.sessionId, doc.updatedAt);
  };
  let written: boolean;
  try {
    written = await writeSignUp(store, doc, replacing);
  } catch (error) {
    // If this fails too, the seat stays unused (never sold twice) until the reconciliation.
    await giveBack().catch(() => undefined);
    throw error;
  }
  if (!written) await giveBack();
  return written ? doc : null;
}

/**
 * Gives free seats to waitlisted people in queue order, as many as there are,
 * paging through the whole waitlist. A group that does not fit is skipped for
 * smaller ones behind it. Each promotion takes the seat first, then flips the
 * sign-up (guarded on it still waiting; if it left meanwhile the seat goes back),
 * then lowers the waitlist count. Answers who was promoted; tells nobody.
 */
export async function promoteWaitlist(runtime: Runtime, sessionId: string, now: number): Promise<Registration[]> {
  const { store } = runtime;
  const promoted: Registration[] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    let session = await store.get<Session>(COLLECTIONS.sessions, sessionId);
    let skipped = 0;
    while (session && session.seatsLeft > 0) {
      const page = await store.find<Registration>(
        COLLECTIONS.registrations,
        { sessionId, status: 'waitlisted' },
        { orderBy: [['queuedAt', 'asc']], skip: skipped, limit: WAITLIST_PAGE },
      );
      for (const c of page) {
        if (c.headcount > session.seatsLeft) {
          skipped += 1;
          continue;
        }
        const seat = { inc: { seatsLeft: -c.headcount }, set: { touchedAt: now } };
        if (!(await store.update(COLLECTIONS.sessions, sessionId, seat, { seatsLeft: { $gte: c.headcount } }))) {
          // Someone else took seats meanwhile: look again at what is left.
          session = await store.get<Session>(COLLECTIONS.sessions, sessionId);
          if (!session || session.seatsLeft <= 0) break;
          skipped += 1;
          continue;
        }
        const set = { status: 'confirmed' as const, promotedAt: now, updatedAt: now };
        if (await store.update(COLLECTIONS.registrations, c._id, { set }, { status: 'waitlisted' })) {
          await moveCounters(store, sessionId, { waitlisted: -1 }, now);
          promoted.push({ ...c, ...set });
          session = { ...session, seatsLeft: session.seatsLeft - c.headcount };
        } else {
          await moveCounters(store, sessionId, { seatsLeft: c.headcount }, now);
        }
      }
      if (page.length < WAITLIST_PAGE) break;
    }
    // Seats left while the counter says people wait whom we did not see: a newcomer's
    // sign-up was between its two steps. Look once more after it has landed.
    const fresh = await store.get<Session>(COLLECTIONS.sessions, sessionId);
    if (!fresh || fresh.seatsLeft <= 0 || fresh.waitlisted <= skipped) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return promoted;
}

/**
 * Cancels a seat-holding or waitlisted sign-up: the status first (guarded on
 * the status it was read with), then what it held goes back, and a freed seat
 * goes to the waitlist in order. Answers who was promoted, or null when the
 * sign-up's status changed since it was read.
 */
export async function withdraw(runtime: Runtime, registration: Registration, now: number) {
  const { store } = runtime;
  const seated = registration.status === 'confirmed';
  const set = { status: 'cancelled' as const, cancelledAt: now, updatedAt: now };
  if (!(await store.update(COLLECTIONS.registrations, registration._id, { set }, { status: registration.status }))) {
    return null;
  }
  await moveCounters(
    store,
    registration.sessionId,
    seated ? { seatsLeft: registration.headcount } : { waitlisted: -1 },
    now,
  );
  return seated ? promoteWaitlist(runtime, registration.sessionId, now) : [];
}

/** Tells each promoted person through the notifications port (a subscribe message on WeChat). */
export async function notifyPromoted(
  runtime: Runtime,
  promoted: Registration[],
  titles: { event: string; session: string },
): Promise<void> {
  for (const r of promoted) {
    await runtime.notifications.send({
      toOpenid: r.openid,
      template: PROMOTED_TEMPLATE,
      page: 'pages/registrations/index',
      data: { event: titles.event.slice(0, 20), session: titles.session.slice(0, 20), status: '候补已转为报名成功' },
    });
  }
}

/** Fills free seats from the waitlist (after a capacity increase or a reconciliation) and tells those promoted. */
export async function fillFromWaitlist(
  runtime: Runtime,
  session: Session,
  eventTitle: string,
): Promise<Registration[]> {
  const promoted = await promoteWaitlist(runtime, session._id, runtime.clock.now());
  await notifyPromoted(runtime, promoted, { event: eventTitle, session: session.title });
  return promoted;
}
