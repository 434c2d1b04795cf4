import { chinaDay } from '@domain/common/china-time';
import { statId } from '@domain/activities/rules';
import type { Activity, ActivityStat } from '@domain/activities/types';
import { COLLECTIONS } from '../../core/collections';
import type { DocOps } from '../../ports/store';

/**
 * Moves one statistics counter inside the caller's transaction. The counter is
 * keyed by the activity's unit, start day and kind, so the 统计表 reads counters,
 * never check-ins; the shard key picks one of a few documents per key.
 */
export async function bumpStat(
  tx: DocOps,
  activity: Pick<Activity, 'unit' | 'startAt' | 'kind'>,
  shardKey: string,
  inc: { sessions?: number; attendances?: number },
): Promise<void> {
  const _id = statId(activity.unit, activity.startAt, activity.kind, shardKey);
  const fresh: ActivityStat = {
    _id,
    unit: activity.unit,
    day: chinaDay(activity.startAt),
    kind: activity.kind,
    sessions: 0,
    attendances: 0,
  };
  await tx.insert(COLLECTIONS.activityStats, fresh);
  if (!(await tx.update(COLLECTIONS.activityStats, _id, { inc }))) throw new Error(`counter ${_id} vanished`);
}

/** A new activity and its 场次, all or nothing. Answers false when the id is taken. */
export async function insertActivity(tx: DocOps, activity: Activity): Promise<boolean> {
  if (!(await tx.insert(COLLECTIONS.activities, activity))) return false;
  await bumpStat(tx, activity, activity._id, { sessions: 1 });
  return true;
}
