import { fixLine, type Reconciliation } from '@domain/common/reconciliation';
import type { Registration, SafetyEvent, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../core/collections';
import { QUIET_MS } from '../../core/counter';
import type { Runtime } from '../../core/runtime';
import { findAll } from '../../ports/paging';
import { fillFromWaitlist } from './seats';

const DAY = 86_400_000;
/** Sessions that ended longer ago than this are settled; their counters no longer move. */
const LOOK_BACK_MS = 7 * DAY;

type SeatReport = Pick<Reconciliation, 'fixes' | 'busy' | 'promoted' | 'oversold'> & { sessions: number };

/**
 * Recounts every recent session's seats, waitlist and check-ins from its
 * sign-ups and corrects the counters that differ (a crash between a seat's two
 * steps leaves a seat unused, never sold twice). A session touched within
 * QUIET_MS is left for the next run: a step in flight would look like a
 * difference. The correction is guarded on the exact counters read, so a
 * sign-up landing meanwhile makes it a no-op. Free seats with people waiting
 * then go to the waitlist in order. Runs on the events timer and as
 * `admin.reconcile`; `now` is ms.
 */
export async function reconcileSeats(runtime: Runtime, now = runtime.clock.now()): Promise<SeatReport> {
  const { store } = runtime;
  const report: SeatReport = { sessions: 0, fixes: [], busy: 0, promoted: 0, oversold: [] };
  const sessions = await findAll<Session>(store, COLLECTIONS.sessions, { endAt: { $gte: now - LOOK_BACK_MS } });
  for (const session of sessions) {
    report.sessions += 1;
    const rows = await findAll<Registration>(store, COLLECTIONS.registrations, { sessionId: session._id });
    const seated = rows.filter((r) => r.status === 'confirmed' || r.status === 'checked_in');
    const expected = {
      seatsLeft: session.capacity - seated.reduce((sum, r) => sum + r.headcount, 0),
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      checkedIn: rows.filter((r) => r.status === 'checked_in').length,
    };
    if (expected.seatsLeft < 0) report.oversold.push(`场次“${session.title}”超出名额 ${-expected.seatsLeft} 人`);
    const inc: Record<string, number> = {};
    for (const field of ['seatsLeft', 'waitlisted', 'checkedIn'] as const) {
      if (session[field] !== expected[field]) inc[field] = expected[field] - session[field];
    }
    if (Object.keys(inc).length > 0) {
      if ((session.touchedAt ?? 0) > now - QUIET_MS) {
        report.busy += 1;
        continue;
      }
      const fixed = await store.update(
        COLLECTIONS.sessions,
        session._id,
        { inc, set: { touchedAt: now } },
        {
          seatsLeft: session.seatsLeft,
          waitlisted: session.waitlisted,
          checkedIn: session.checkedIn,
          touchedAt: session.touchedAt ?? null,
        },
      );
      if (!fixed) {
        report.busy += 1;
        continue;
      }
      for (const field of Object.keys(inc) as (keyof typeof expected)[]) {
        report.fixes.push(fixLine(`场次“${session.title}”`, field, session[field], expected[field]));
      }
    }
    if (expected.seatsLeft > 0 && expected.waitlisted > 0) {
      const event = await store.get<SafetyEvent>(COLLECTIONS.events, session.eventId);
      report.promoted += (await fillFromWaitlist(runtime, session, event?.title ?? '')).length;
    }
  }
  return report;
}
