/**
 * A crash between two steps, on both engines: the store starts failing in the
 * middle of a crowd of sign-ups and check-ins (as if the function instance died),
 * the database keeps what it had, and a host started again on it runs the
 * reconciliation. No seat is ever sold twice; lost seats and short counters are
 * restored from the rows, and the reconciliation says what it fixed.
 */
import type { Reconciliation } from '@domain/common/reconciliation';
import { chinaDay } from '@domain/common/china-time';
import type { ActivityStat } from '@domain/activities/types';
import type { MyRegistration, Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { QUIET_MS } from '../../cloud/core/counter';
import { findAll } from '../../cloud/ports/paging';
import { codeAt, countersOf, createActivity, person, presentRows } from '../support/checkins';
import { createEvent, dataOf, eventInput, signUpPayload } from '../support/events';
import { ENGINES, startTestHost, type TestHost, type TestHostOptions } from '../support/local-host';
import { StoreProbe } from '../support/store-probe';

const CAPACITY = 40;
const CROWD = 160;

async function seatsAgainstRows(t: TestHost, sessionId: string) {
  const { store } = t.host.runtime;
  const rows = await findAll<Registration>(store, COLLECTIONS.registrations, { sessionId });
  const session = (await store.get<Session>(COLLECTIONS.sessions, sessionId))!;
  const seated = rows.filter((r) => r.status === 'confirmed' || r.status === 'checked_in').length;
  return { rows, session, seated, waiting: rows.filter((r) => r.status === 'waitlisted').length };
}

describe.each(ENGINES)('a crash between two steps on %s', (engine) => {
  let offset = 0;
  const base = (): TestHostOptions => ({ engine, latencyMs: 2, now: () => Date.now() + offset });
  let t: TestHost;
  let running: TestHost | undefined;
  afterAll(async () => {
    await running?.stop();
  });
  // Over HTTP a request cut off by the crash may also lose its connection: it was not acknowledged either way.
  const attempt = <T>(fn: string, request: unknown, token: string) =>
    t.call<T>(fn, request, token).catch(() => ({ status: 0, body: { ok: false } as const }));

  it('never sells a seat twice, and the reconciliation restores seats and counters from the rows', async () => {
    let probe: StoreProbe | undefined;
    t = running = await startTestHost({ ...base(), wrapStore: (s) => (probe = new StoreProbe(s)) });
    const organizer = await t.signIn('organizer');
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: CAPACITY }));
    const activity = await createActivity(t, organizer);
    const tokens = await Promise.all(Array.from({ length: CROWD }, () => t.signIn('citizen')));

    const acknowledged: { signUps: string[]; checkins: string[] } = { signUps: [], checkins: [] };
    // The instance dies part way through the sign-ups (six store calls each), while many are between steps.
    probe!.crashAfter(Math.round(CROWD * 5.5));
    await Promise.all(
      tokens.map(async (token, i) => {
        const signUp = await attempt<MyRegistration>(
          'events',
          { action: 'signUp', payload: signUpPayload(sessionId) },
          token,
        );
        if (signUp.body.ok) acknowledged.signUps.push(signUp.body.data._id);
        const checkIn = await attempt<{ checkin: { _id: string } }>(
          'checkins',
          { action: 'checkIn', payload: { ...person(i), scene: codeAt(t, activity._id).scene } },
          token,
        );
        if (checkIn.body.ok) acknowledged.checkins.push(checkIn.body.data.checkin._id);
      }),
    );
    expect(probe!.crashed).toBe(true);
    expect(acknowledged.signUps.length).toBeGreaterThan(0);
    expect(acknowledged.signUps.length).toBeLessThan(CROWD);
    running = undefined;
    await t.stop({ keepData: true });

    // Started again on the same database, past the quiet period (a dead instance's steps can no longer land).
    offset = QUIET_MS + 60_000;
    t = running = await startTestHost({ ...base(), dataDir: t.dataDir, cloudDb: t.cloudDb });
    const before = await seatsAgainstRows(t, sessionId);
    // Whatever the crash cut short, no seat was sold twice.
    expect(before.session.seatsLeft).toBeLessThanOrEqual(CAPACITY - before.seated);
    expect(before.seated).toBeLessThanOrEqual(CAPACITY);
    const stored = new Set(before.rows.map((r) => r._id));
    expect(acknowledged.signUps.filter((id) => !stored.has(id))).toEqual([]);

    const admin = await t.signIn('admin');
    const result = dataOf(await t.call<Reconciliation>('admin', { action: 'reconcile' }, admin));
    expect(result.oversold).toEqual([]);
    expect(result.busy).toBe(0);
    for (const line of result.fixes) expect(line).toMatch(/[\u4e00-\u9fa5].*：.* \d+ → \d+$/);

    const after = await seatsAgainstRows(t, sessionId);
    expect(after.session.seatsLeft).toBe(CAPACITY - after.seated);
    expect(after.session.waitlisted).toBe(after.waiting);
    // Seats found free went to those waiting, in order, before anyone new.
    expect(after.session.seatsLeft === 0 || after.waiting === 0).toBe(true);
    const rows = await presentRows(t, activity._id);
    const checkedIn = new Set(rows.map((r) => r._id));
    expect(acknowledged.checkins.filter((id) => !checkedIn.has(id))).toEqual([]);
    expect(await countersOf(t, activity.unit)).toEqual({ sessions: 2, attendances: rows.length });

    // A second run finds nothing left to fix.
    const second = dataOf(await t.call<Reconciliation>('admin', { action: 'reconcile' }, admin));
    expect(second.fixes).toEqual([]);
  }, 240_000);

  it('fixes counters that were left wrong, leaves one still moving alone, and says what it did in Chinese', async () => {
    offset = 0;
    const fresh = await startTestHost(base());
    try {
      const organizer = await fresh.signIn('organizer');
      const { sessionId } = await createEvent(fresh, organizer, eventInput({}, { capacity: 3 }));
      const activity = await createActivity(fresh, organizer);
      for (let i = 0; i < 4; i += 1) {
        const token = await fresh.signIn('citizen');
        dataOf(await fresh.call('events', { action: 'signUp', payload: signUpPayload(sessionId) }, token));
        dataOf(
          await fresh.call(
            'checkins',
            { action: 'checkIn', payload: { ...person(i), scene: codeAt(fresh, activity._id).scene } },
            token,
          ),
        );
      }
      const { store } = fresh.host.runtime;
      // A check-in whose counter never moved.
      const [shard] = await store.find<ActivityStat>(COLLECTIONS.activityStats, {
        unit: activity.unit,
        day: chinaDay(activity.startAt),
        kind: activity.kind,
        attendances: { $gt: 0 },
      });
      await store.update(COLLECTIONS.activityStats, shard._id, { inc: { attendances: -1 } });
      const admin = await fresh.signIn('admin');
      const call = async () => dataOf(await fresh.call<Reconciliation>('admin', { action: 'reconcile' }, admin));
      // Just touched: left for a later run, not "fixed" under a step that may still land.
      expect(await call()).toMatchObject({ fixes: [], busy: 1 });

      offset = QUIET_MS + 1000;
      // A seat given back twice and a waitlist entry never counted.
      await store.update(COLLECTIONS.sessions, sessionId, { inc: { seatsLeft: 1, waitlisted: -1 } });
      const result = await call();
      expect(result.fixes).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^场次“咨询区”：剩余名额 1 → 0$/),
          expect.stringMatching(/^场次“咨询区”：候补人数 0 → 1$/),
          expect.stringMatching(/七进统计：签到人次 3 → 4$/),
        ]),
      );
      expect((await store.get<Session>(COLLECTIONS.sessions, sessionId))?.seatsLeft).toBe(0);
      expect(await countersOf(fresh, activity.unit)).toEqual({ sessions: 2, attendances: 4 });
    } finally {
      await fresh.stop();
    }
  }, 120_000);
});
