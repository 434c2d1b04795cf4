import type { Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';
import type { DocOps } from '../../ports/store';

/** The template key of the subscribe message a promoted person gets (TEMPLATE_WAITLIST_PROMOTED). */
export const PROMOTED_TEMPLATE = 'waitlist_promoted';

/** The first people in the waitlist, read before a transaction (no queries inside one). */
export const waitlistHead = (runtime: Runtime, sessionId: string) =>
  runtime.store.find<Registration>(
    COLLECTIONS.registrations,
    { sessionId, status: 'waitlisted' },
    { orderBy: [['queuedAt', 'asc']], limit: 20 },
  );

/**
 * Inside a transaction: gives free seats to waitlisted people in order, skipping
 * a group that does not fit and anyone who left the waitlist meanwhile.
 */
export async function promoteIn(
  tx: DocOps,
  sessionId: string,
  candidates: Registration[],
  now: number,
): Promise<Registration[]> {
  const session = await tx.get<Session>(COLLECTIONS.sessions, sessionId);
  if (!session) return [];
  let seatsLeft = session.seatsLeft;
  const promoted: Registration[] = [];
  for (const c of candidates) {
    if (c.headcount > seatsLeft) continue;
    const set = { status: 'confirmed' as const, promotedAt: now, updatedAt: now };
    if (!(await tx.update(COLLECTIONS.registrations, c._id, { set }, { status: 'waitlisted' }))) continue;
    await tx.update(COLLECTIONS.sessions, sessionId, { inc: { seatsLeft: -c.headcount, waitlisted: -1 } });
    seatsLeft -= c.headcount;
    promoted.push({ ...c, ...set });
  }
  return promoted;
}

/**
 * Inside a transaction: cancels a seat-holding or waitlisted sign-up, releases
 * what it held and gives a freed seat to the waitlist in order. Answers who was
 * promoted, or null when the sign-up's status changed since it was read.
 */
export async function withdrawIn(
  tx: DocOps,
  registration: Registration,
  candidates: Registration[],
  now: number,
): Promise<Registration[] | null> {
  const seated = registration.status === 'confirmed';
  const set = { status: 'cancelled' as const, cancelledAt: now, updatedAt: now };
  if (!(await tx.update(COLLECTIONS.registrations, registration._id, { set }, { status: registration.status }))) {
    return null;
  }
  await tx.update(COLLECTIONS.sessions, registration.sessionId, {
    inc: seated ? { seatsLeft: registration.headcount } : { waitlisted: -1 },
  });
  return seated ? promoteIn(tx, registration.sessionId, candidates, now) : [];
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

/** Fills free seats from the waitlist (after a cancellation, a capacity increase or a late waitlist entry). */
export async function fillFromWaitlist(
  runtime: Runtime,
  session: Session,
  eventTitle: string,
): Promise<Registration[]> {
  const candidates = await waitlistHead(runtime, session._id);
  if (candidates.length === 0) return [];
  const now = runtime.clock.now();
  const promoted = await runtime.store.transaction((tx) => promoteIn(tx, session._id, candidates, now));
  await notifyPromoted(runtime, promoted, { event: eventTitle, session: session.title });
  return promoted;
}
