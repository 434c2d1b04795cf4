import type { Checkin, LiveAttendance } from '@domain/activities/types';
import { startTestHost, type TestHost } from '../support/local-host';
import { codeAt, countersOf, createActivity, ok, person, presentRows } from '../support/checkins';

const PEOPLE = 2000;
const IN_FLIGHT = 200;

describe('2,000 check-ins at one activity, 200 in flight', () => {
  let t: TestHost;
  afterAll(() => t.stop());

  it('stores every one once, and the counters equal the rows', async () => {
    t = await startTestHost();
    const organizer = await t.signIn('organizer');
    const activity = await createActivity(t, organizer);
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
            { action: 'checkIn', payload: { ...person(i), scene: codeAt(t, activity._id).scene } },
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
  });
});
