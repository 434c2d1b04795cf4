/**
 * Issue 10's figures on both engines in one run: the real function code over
 * CloudbaseStore + the stand-in with 10 ms per call (a network round trip), and
 * the SQLite host over HTTP. Crowds at once, outcomes counted, p95 printed, and
 * store round trips per action.
 */
import { performance } from 'node:perf_hooks';
import type { Checkin } from '@domain/activities/types';
import type { MyReport } from '@domain/reports/types';
import { CloudbaseStore } from '../cloud/adapters/cloudbase/store';
import { COLLECTIONS } from '../cloud/core/collections';
import { findAll } from '../cloud/ports/paging';
import { FakeCloudDb } from '../test/contract/fake-cloudbase';
import { codeAt, countersOf, createActivity, person, presentRows } from '../test/support/checkins';
import { createEvent, eventInput, signUpPayload } from '../test/support/events';
import { signUpBurst } from '../test/support/events-burst';
import { startTestHost, type Engine, type TestHost } from '../test/support/local-host';
import { newClientKey, reportPayload, uploadPhotos } from '../test/support/reports';
import { StoreProbe } from '../test/support/store-probe';
import { measure, percentile, type Figures } from './measure';

const LATENCY_MS = 10;

const figures = (label: string, latencies: number[], seconds: number): Figures => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    label,
    count: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50ms: percentile(sorted, 50),
    p95ms: percentile(sorted, 95),
  };
};

/** Store calls one action makes (the stand-in counts server round trips; SQLite counts store operations). */
async function roundTrips(t: TestHost, probe: StoreProbe, run: () => Promise<unknown>): Promise<number> {
  const before = t.cloudDb ? t.cloudDb.calls : probe.calls;
  await run();
  return (t.cloudDb ? t.cloudDb.calls : probe.calls) - before;
}

async function crowdOn(engine: Engine): Promise<{ rows: Figures[]; notes: string[]; signUpPerSecond: number }> {
  let probe!: StoreProbe;
  const t = await startTestHost({ engine, latencyMs: LATENCY_MS, wrapStore: (s) => (probe = new StoreProbe(s)) });
  const rows: Figures[] = [];
  const notes: string[] = [];
  const organizer = await t.signIn('organizer');

  const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 200, waitlistEnabled: true }));
  const burst = await signUpBurst(t, sessionId, 1000);
  const count = (s: string) => burst.statuses.filter((x) => x === s).length;
  const errors = burst.statuses.length - count('confirmed') - count('waitlisted');
  rows.push(figures(`${engine}: events.signUp, 1000 at once → 200 seats`, burst.latencies, burst.seconds));
  notes.push(`${engine} signUp: ${count('confirmed')} confirmed, ${count('waitlisted')} waitlisted, ${errors} errors`);

  const activity = await createActivity(t, organizer);
  const tokens: string[] = [];
  while (tokens.length < 2000)
    tokens.push(...(await Promise.all(Array.from({ length: 50 }, () => t.signIn('citizen')))));
  let failed = 0;
  rows.push(
    await measure(`${engine}: checkins.checkIn, 2000 with 200 in flight`, 2000, 200, async (i) => {
      const { body } = await t.call<{ checkin: Checkin }>(
        'checkins',
        { action: 'checkIn', payload: { ...person(i), scene: codeAt(t, activity._id).scene } },
        tokens[i],
      );
      if (!body.ok) failed += 1;
    }),
  );
  const present = await presentRows(t, activity._id);
  const counters = await countersOf(t, activity.unit);
  notes.push(
    `${engine} checkIn: ${present.length} rows, ${new Set(present.map((r) => r.openid)).size} people, counter ${counters.attendances}, ${failed} errors`,
  );

  const prepared = [];
  for (let i = 0; i < 500; i += 1) {
    const key = newClientKey();
    prepared.push({ token: tokens[i], payload: reportPayload(key, await uploadPhotos(t, tokens[i], key)) });
  }
  const latencies: number[] = [];
  const started = performance.now();
  const answers = await Promise.all(
    prepared.map(async ({ token, payload }) => {
      const t0 = performance.now();
      const res = await t.call<MyReport>('reports', { action: 'submit', payload }, token);
      latencies.push(performance.now() - t0);
      return res.body;
    }),
  );
  rows.push(figures(`${engine}: reports.submit, 500 at once`, latencies, (performance.now() - started) / 1000));
  const numbers = new Set(answers.flatMap((a) => (a.ok ? [a.data.trackingNo] : [])));
  notes.push(
    `${engine} submit: ${numbers.size} distinct tracking numbers, ${answers.filter((a) => !a.ok).length} errors, ${
      (await findAll(t.host.runtime.store, COLLECTIONS.hazardReports, {})).length
    } stored`,
  );

  // Round trips per action, one person at a time.
  const citizen = await t.signIn('citizen');
  const { sessionId: open, eventId } = await createEvent(t, organizer, eventInput({}, { capacity: 5 }));
  const key = newClientKey();
  const photos = await uploadPhotos(t, citizen, key);
  const other = await createActivity(t, organizer);
  const trips = {
    'content.home': await roundTrips(t, probe, () => t.call('content', { action: 'home' }, citizen)),
    'events.open': await roundTrips(t, probe, () =>
      t.call('events', { action: 'open', payload: { id: eventId } }, citizen),
    ),
    'events.signUp (seated)': await roundTrips(t, probe, () =>
      t.call('events', { action: 'signUp', payload: signUpPayload(open) }, citizen),
    ),
    'checkins.checkIn': await roundTrips(t, probe, () =>
      t.call('checkins', { action: 'checkIn', payload: { ...person(0), scene: codeAt(t, other._id).scene } }, citizen),
    ),
    'reports.submit (1 photo)': await roundTrips(t, probe, () =>
      t.call('reports', { action: 'submit', payload: reportPayload(key, photos) }, citizen),
    ),
  };
  notes.push(
    `${engine} store round trips per action: ${Object.entries(trips)
      .map(([a, n]) => `${a} ${n}`)
      .join(', ')}`,
  );
  await t.stop();
  return { rows, notes, signUpPerSecond: 1000 / burst.seconds };
}

/** The store's raw guarded decrement over the stand-in at the same latency: the ceiling sign-ups are measured against. */
async function rawDecrement(): Promise<Figures> {
  const store = new CloudbaseStore(new FakeCloudDb({ latencyMs: LATENCY_MS }));
  await store.insert('bench', { _id: 'seats', left: 1000 });
  return measure(`stand-in: raw guarded decrement (${LATENCY_MS} ms per call)`, 1000, 1000, () =>
    store.update('bench', 'seats', { inc: { left: -1 } }, { left: { $gt: 0 } }),
  );
}

export async function crowdBench(): Promise<{ rows: Figures[]; notes: string[] }> {
  const raw = await rawDecrement();
  const standin = await crowdOn('cloudbase-standin');
  const sqlite = await crowdOn('sqlite');
  const notes = [
    ...standin.notes,
    ...sqlite.notes,
    `sign-up throughput / raw guarded decrement: stand-in ${(standin.signUpPerSecond / raw.perSecond).toFixed(3)}, sqlite ${(sqlite.signUpPerSecond / raw.perSecond).toFixed(3)}`,
  ];
  return { rows: [raw, ...standin.rows, ...sqlite.rows], notes };
}
