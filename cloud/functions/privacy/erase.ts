import { RATE_LIMITS } from '@domain/common/rate-limits';
import { canCancel } from '@domain/events/rules';
import type { Registration, SafetyEvent, Session } from '@domain/events/types';
import type { Checkin } from '@domain/activities/types';
import type { Erasure } from '@domain/privacy/my-data';
import type { HazardReport } from '@domain/reports/types';
import type { QuizDay, QuizRound } from '@domain/quiz/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';
import { notifyPromoted, withdraw } from '../events/seats';
import { ownerKeyOf } from '../reports/access';
import {
  anonymousCheckin,
  anonymousQuizDay,
  anonymousRegistration,
  strangerId,
  auditAbout,
  drain,
  idsStartingWith,
  scrubAudit,
} from './rows';

/**
 * 删除我的数据 for one person. Every row is handled in its own transaction and
 * stops matching the person once handled, so an interrupted run is finished by
 * the next one and a second run finds nothing to do.
 */
export async function eraseMyData(runtime: Runtime, openid: string): Promise<Erasure> {
  const signUps = await eraseSignUps(runtime, openid);
  return {
    cancelledSignUps: signUps.cancelled,
    erasedSignUps: signUps.erased,
    erasedCheckins: await eraseCheckins(runtime, openid),
    erasedQuizAttempts: await eraseQuiz(runtime, openid),
    unlinkedReports: await unlinkReports(runtime, openid),
    removedRecords:
      (await removeCounters(runtime, openid)) + (await runtime.notifications.forget({ toOpenid: openid })),
  };
}

/**
 * Upcoming sign-ups are cancelled the way a cancellation is (a freed seat goes
 * to the head of the waitlist); every sign-up is then replaced by an anonymous
 * row with the same session, status and times, so the organizer's counts and
 * the 统计表 do not move.
 */
async function eraseSignUps(runtime: Runtime, openid: string) {
  const { store } = runtime;
  const now = runtime.clock.now();
  let cancelled = 0;
  let erased = 0;
  await drain<Registration>(store, COLLECTIONS.registrations, { openid }, async (r) => {
    const session = await store.get<Session>(COLLECTIONS.sessions, r.sessionId);
    const upcoming = session !== null && canCancel(r.status, session, now);
    const entries = await auditAbout(store, [r._id]);
    // The cancellation moves the session's counters outside any transaction (seats.ts): a crowd may be signing up.
    const promoted = upcoming ? await withdraw(runtime, r, now) : [];
    // Changed since it was read: the next page reads it again.
    if (!promoted) return;
    const status = upcoming ? ('cancelled' as const) : r.status;
    const replaced = await store.transaction(async (tx) => {
      const current = await tx.get<Registration>(COLLECTIONS.registrations, r._id);
      if (!current || current.status !== status) return false;
      const anonymous = anonymousRegistration(current);
      await tx.remove(COLLECTIONS.registrations, current._id);
      await tx.insert(COLLECTIONS.registrations, anonymous);
      await scrubAudit(tx, entries, anonymous._id);
      return true;
    });
    if (!replaced) return;
    erased += 1;
    if (upcoming) cancelled += 1;
    if (promoted.length && session) {
      const event = await store.get<SafetyEvent>(COLLECTIONS.events, session.eventId);
      await notifyPromoted(runtime, promoted, { event: event?.title ?? '', session: session.title });
    }
  });
  return { cancelled, erased };
}

/** Each check-in becomes an anonymous row of the same activity: present or removed as before, counters untouched. */
async function eraseCheckins(runtime: Runtime, openid: string): Promise<number> {
  const { store } = runtime;
  let erased = 0;
  await drain<Checkin>(store, COLLECTIONS.checkins, { openid }, async (c) => {
    const entries = await auditAbout(store, [c._id]);
    const done = await store.transaction(async (tx) => {
      const current = await tx.get<Checkin>(COLLECTIONS.checkins, c._id);
      if (!current || current.openid !== openid) return false;
      const anonymous = anonymousCheckin(current);
      await tx.remove(COLLECTIONS.checkins, current._id);
      await tx.insert(COLLECTIONS.checkins, anonymous);
      await scrubAudit(tx, entries, anonymous._id);
      return true;
    });
    if (done) erased += 1;
  });
  return erased;
}

/**
 * 答题: each 人次 row becomes an anonymous one of the same day and unit (one
 * transaction per row, so a rerun never counts it twice), and each round
 * keeps its questions and answers for the weakest-question figures; both
 * carry one random stand-in instead of the openid.
 */
async function eraseQuiz(runtime: Runtime, openid: string): Promise<number> {
  const { store } = runtime;
  const stranger = strangerId();
  let erased = 0;
  await drain<QuizDay>(store, COLLECTIONS.quizDays, { openid }, async (d) => {
    const done = await store.transaction(async (tx) => {
      const current = await tx.get<QuizDay>(COLLECTIONS.quizDays, d._id);
      if (!current || current.openid !== openid) return false;
      await tx.remove(COLLECTIONS.quizDays, current._id);
      await tx.insert(COLLECTIONS.quizDays, anonymousQuizDay(current, stranger));
      return true;
    });
    if (done) erased += 1;
  });
  await drain<QuizRound>(store, COLLECTIONS.quizRounds, { openid }, async (r) => {
    if (await store.update(COLLECTIONS.quizRounds, r._id, { set: { openid: stranger } }, { openid })) erased += 1;
  });
  return erased;
}

/**
 * Reports stay with the authorities, status and history intact, but lose the
 * contact and both links to the person (the openid of a real-name report and
 * the pseudonym 我的举报 finds anonymous ones by).
 */
async function unlinkReports(runtime: Runtime, openid: string): Promise<number> {
  const { store } = runtime;
  const ownerKey = ownerKeyOf(runtime, openid);
  let unlinked = 0;
  await drain<HazardReport>(store, COLLECTIONS.hazardReports, { ownerKey }, async (r) => {
    const set = { openid: null, ownerKey: '', contact: undefined };
    if (await store.update(COLLECTIONS.hazardReports, r._id, { set }, { ownerKey })) unlinked += 1;
  });
  return unlinked;
}

/**
 * Attempt counters keyed by the openid (wrong check-in codes, rate limits).
 * The daily report counters are keyed by the pseudonym and kept until they
 * expire, so deleting one's data is no way round the daily report limit.
 */
async function removeCounters(runtime: Runtime, openid: string): Promise<number> {
  const { store } = runtime;
  const ranges: [string, string][] = [
    [COLLECTIONS.checkinAttempts, `${openid}:`],
    ...Object.keys(RATE_LIMITS).map((action): [string, string] => [COLLECTIONS.rateLimits, `${action}:${openid}:`]),
  ];
  let removed = 0;
  for (const [collection, prefix] of ranges) {
    await drain(store, collection, idsStartingWith(prefix), async (doc) => {
      if (await store.remove(collection, doc._id)) removed += 1;
    });
  }
  return removed;
}
