import type { Checkin, LiveAttendance } from '@domain/activities/types';
import { ENGINES, startTestHost, type TestHost } from '../support/local-host';
import { countersOf, createActivity, ok, person, posterCode, presentRows } from '../support/checkins';

const PEOPLE = 2000;
const IN_FLIGHT = 200;

describe.each(ENGINES)('2,000 check-ins at one activity, 200 in flight, on %s', (engine) => {
  let t: TestHost;
  afterAll(() => t.stop());

  it('stores every one once, and the counters equal the rows', async () => {
    t = await startTestHost({ engine, latencyMs: 2 });
    const organizer = await t.signIn('organizer');
    // The printed poster's code: a live code lives 30–60 s, and on a busy two-core machine 200 requests
    // in flight can wait that long for the host, which would test the clock, not the counters.
    const activity = await createActivity(t, organizer, { codeMode: 'poster' });
    const scene = posterCode(t, activity._id).scene;
    const tokens: string[] = [];
    for (let i = 0; i < PEOPLE; i += 1) tokens.push(await t.signIn('citizen'));

    let next = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (next < PEOPLE) {
        const i = next++;
        // Every person checks in once; every tenth taps twice, which must not count twice.
        const times = i % 10 === 0 ? 2 : 1;
        for (let k = 0; k < times; k += 1) {
          const { status } = await t.call<{ checkin: Checkin }>(
            'checkins',
            { action: 'checkIn', payload: { ...person(i), scene } },
            tokens[i],
          );
          statuses.push(status);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const rows = await presentRows(t, activity._id);
    expect(rows.length).toBe(PEOPLE);
    expect(new Set(rows.map((r) => r.openid)).size).toBe(PEOPLE);
    expect(await countersOf(t, activity.unit)).toEqual({ sessions: 2, attendances: PEOPLE });
    const live = ok(
      (await t.call<LiveAttendance>('checkins', { action: 'live', payload: { id: activity._id } }, organizer)).body,
    );
    expect(live.count).toBe(PEOPLE);

    // While the hall keeps checking in: the organizer types 20 rows and removes 20 (each twice), all at once.
    // Not the rows of the 20 who tap again below: a removed person who checks in again is present again.
    const tappingAgain = new Set(Array.from({ length: 20 }, (_, i) => person(100 + i).name));
    const removals = rows
      .filter((r) => !tappingAgain.has(r.name))
      .slice(0, 20)
      .flatMap((r) => [r._id, r._id]);
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        t.call<Checkin>(
          'checkins',
          { action: 'addManual', payload: { activityId: activity._id, name: `手工${i}`, org: '居民' } },
          organizer,
        ),
      ),
      ...removals.map((id) => t.call('checkins', { action: 'remove', payload: { id, reason: '重复签到' } }, organizer)),
      ...Array.from({ length: 20 }, (_, i) =>
        t.call('checkins', { action: 'checkIn', payload: { ...person(i), scene } }, tokens[100 + i]),
      ),
    ]);
    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([]);
    const manual = answers.slice(0, 20).map((a) => ok(a.body as never) as Checkin);
    expect(new Set(manual.map((c) => c._id)).size).toBe(20);
    const after = await presentRows(t, activity._id);
    expect(after.length).toBe(PEOPLE + 20 - 20);
    expect(await countersOf(t, activity.unit)).toEqual({ sessions: 2, attendances: after.length });
  }, 240_000);
});
