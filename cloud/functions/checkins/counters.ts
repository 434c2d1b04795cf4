import { chinaDay } from '@domain/common/china-time';
import { statId } from '@domain/activities/rules';
import type { Activity, ActivityStat } from '@domain/activities/types';
import { COLLECTIONS } from '../../core/collections';
import { addToCounter } from '../../core/counter';
import type { Store } from '../../ports/store';

/**
 * Moves one statistics counter, on its own and never inside a transaction: a
 * hall of people checking in bumps the same few documents at once. The counter
 * is keyed by the activity's unit, start day and kind, so the 统计表 reads
 * counters, never check-ins; the shard key picks one of a few documents per key.
 * Called after the row it counts is written (or marked removed), so a crash in
 * between leaves the counter short until the reconciliation recounts it.
 */
export async function bumpStat(
  store: Store,
  activity: Pick<Activity, 'unit' | 'startAt' | 'kind'>,
  shardKey: string,
  inc: { sessions?: number; attendances?: number },
  now: number,
): Promise<void> {
  const fresh: ActivityStat = {
    _id: statId(activity.unit, activity.startAt, activity.kind, shardKey),
    unit: activity.unit,
    day: chinaDay(activity.startAt),
    kind: activity.kind,
    sessions: 0,
    attendances: 0,
  };
  await addToCounter(store, COLLECTIONS.activityStats, fresh, inc, { set: { touchedAt: now } });
}

/** A new activity, then its 场次 counted. Answers false when the id is taken. */
export async function insertActivity(store: Store, activity: Activity): Promise<boolean> {
  if (!(await store.insert(COLLECTIONS.activities, activity))) return false;
  await bumpStat(store, activity, activity._id, { sessions: 1 }, activity.createdAt);
  return true;
}
