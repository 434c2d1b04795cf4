import { chinaDayStart } from '@domain/common/china-time';
import type { Activity } from '@domain/activities/types';
import { OUTREACH_KINDS } from '@domain/content/types';
import { recordCheckin } from '../cloud/functions/checkins/attendance';
import { insertActivity } from '../cloud/functions/checkins/counters';
import { startTestHost, type TestHost } from '../test/support/local-host';
import { codeAt, createActivity, person } from '../test/support/checkins';
import { measure, type Figures } from './measure';

const UNIT = '示范街道办事处';
const KINDS = OUTREACH_KINDS;
const JUNE = { from: '2026-06-01', to: '2026-06-30' };

/** June 2026 activities (one per kind per day) with check-ins written straight through the store. */
async function fillStore(t: TestHost, from: number, to: number): Promise<void> {
  const { store } = t.host.runtime;
  const activities: Activity[] = [];
  for (let day = 1; day <= 30; day += 1) {
    for (const kind of KINDS) {
      const startAt = chinaDayStart(`2026-06-${String(day).padStart(2, '0')}`) + 9 * 3600_000;
      activities.push({
        _id: `b${day}${kind.slice(0, 3)}`,
        kind,
        title: '基准活动',
        unit: UNIT,
        place: { name: '社区中心', address: '建设路 1 号', latitude: 35.49, longitude: 112.85 },
        startAt,
        endAt: startAt + 7200_000,
        codeMode: 'live',
        manualSeq: 0,
        createdBy: 'bench',
        createdAt: startAt,
        updatedAt: startAt,
      });
    }
  }
  for (const a of activities) await insertActivity(store, a);
  for (let i = from; i < to; i += 1) {
    const a = activities[i % activities.length];
    await recordCheckin(store, a, {
      _id: `${a._id}:bench-${i}`,
      activityId: a._id,
      unit: UNIT,
      kind: a.kind,
      openid: `bench-${i}`,
      name: '参与者',
      org: '居民',
      checkedInAt: a.startAt + 60_000,
      source: 'scan',
    });
  }
}

/** 七进 check-in: check-ins per second over the host, and the 统计表 at 10k and 100k check-ins (should stay flat). */
export async function checkinsOverHttp(): Promise<Figures[]> {
  let t = await startTestHost();
  const organizer = await t.signIn('organizer');
  const activity = await createActivity(t, organizer);
  const people = 2000;
  const tokens: string[] = [];
  for (let i = 0; i < people; i += 1) tokens.push(await t.signIn('citizen'));
  const rows = [
    await measure('http: checkins.checkIn (one activity)', people, 100, (i) =>
      t.call(
        'checkins',
        { action: 'checkIn', payload: { ...person(i), scene: codeAt(t, activity._id).scene } },
        tokens[i],
      ),
    ),
  ];
  // The fill keeps the host idle for a long while; a fresh host on the same data avoids stale keep-alive sockets.
  const statsAfterFill = async (label: string, from: number, to: number) => {
    await fillStore(t, from, to);
    await t.stop({ keepData: true });
    t = await startTestHost({ dataDir: t.dataDir });
    const token = await t.signIn('organizer');
    return measure(`http: checkins.stats (${label} check-ins)`, 200, 1, () =>
      t.call('checkins', { action: 'stats', payload: JUNE }, token),
    );
  };
  const small = await statsAfterFill('10k', 0, 10_000);
  const large = await statsAfterFill('100k', 10_000, 100_000);
  rows.push(small, large);
  console.log(`统计表 p50 at 100k / at 10k check-ins: ${(large.p50ms / small.p50ms).toFixed(2)}`);
  await t.stop();
  return rows;
}
