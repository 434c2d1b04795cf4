import { chinaDay } from '@domain/common/china-time';
import type { Activity, ActivityStat } from '@domain/activities/types';
import { fixLine, type Reconciliation } from '@domain/common/reconciliation';
import { COLLECTIONS } from '../../core/collections';
import { QUIET_MS } from '../../core/counter';
import type { Runtime } from '../../core/runtime';
import { findAll } from '../../ports/paging';
import { presentFilter } from './attendance';
import { bumpStat } from './counters';

const DAY = 86_400_000;
/** Activities that started longer ago than this are settled. */
const LOOK_BACK_MS = 45 * DAY;

type StatReport = Pick<Reconciliation, 'fixes' | 'busy'> & { counters: number };

const bucketOf = (unit: string, day: string, kind: string) => `${day}|${kind}|${unit}`;

/**
 * Recounts the 七进 statistics (场次 and attendances per unit, day and kind,
 * summed over the shards) from the activities and their present check-ins, and
 * corrects a bucket that differs by moving one of its shards, guarded on that
 * shard's exact values. A bucket with a shard touched within QUIET_MS is left
 * for the next run. `now` is ms.
 */
export async function reconcileStats(runtime: Runtime, now = runtime.clock.now()): Promise<StatReport> {
  const { store } = runtime;
  const since = now - LOOK_BACK_MS;
  const activities = await findAll<Activity>(store, COLLECTIONS.activities, { startAt: { $gte: since } });
  const shards = await findAll<ActivityStat>(store, COLLECTIONS.activityStats, { day: { $gte: chinaDay(since) } });
  const buckets = new Map<
    string,
    { first: Activity | null; shards: ActivityStat[]; sessions: number; attendances: number }
  >();
  const bucket = (key: string) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { first: null, shards: [], sessions: 0, attendances: 0 }));
    return b;
  };
  for (const a of activities) {
    const b = bucket(bucketOf(a.unit, chinaDay(a.startAt), a.kind));
    b.first ??= a;
    b.sessions += 1;
    b.attendances += await store.count(COLLECTIONS.checkins, presentFilter(a._id));
  }
  for (const s of shards) bucket(bucketOf(s.unit, s.day, s.kind)).shards.push(s);

  const report: StatReport = { counters: buckets.size, fixes: [], busy: 0 };
  for (const [key, b] of buckets) {
    const counted = {
      sessions: b.shards.reduce((sum, s) => sum + s.sessions, 0),
      attendances: b.shards.reduce((sum, s) => sum + s.attendances, 0),
    };
    const inc: Record<string, number> = {};
    if (counted.sessions !== b.sessions) inc.sessions = b.sessions - counted.sessions;
    if (counted.attendances !== b.attendances) inc.attendances = b.attendances - counted.attendances;
    if (Object.keys(inc).length === 0) continue;
    if (b.shards.some((s) => (s.touchedAt ?? 0) > now - QUIET_MS)) {
      report.busy += 1;
      continue;
    }
    const [shard] = b.shards;
    const fixed = shard
      ? await store.update(
          COLLECTIONS.activityStats,
          shard._id,
          { inc, set: { touchedAt: now } },
          { sessions: shard.sessions, attendances: shard.attendances, touchedAt: shard.touchedAt ?? null },
        )
      : b.first !== null && (await bumpStat(store, b.first, b.first._id, inc, now), true);
    if (!fixed) {
      report.busy += 1;
      continue;
    }
    const [day, , unit] = key.split('|');
    const what = `${unit} ${day} 七进统计`;
    if (inc.sessions) report.fixes.push(fixLine(what, 'sessions', counted.sessions, b.sessions));
    if (inc.attendances) report.fixes.push(fixLine(what, 'attendances', counted.attendances, b.attendances));
  }
  return report;
}
