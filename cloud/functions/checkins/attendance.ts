import { AppError, notFound } from '@domain/common/errors';
import type { Activity, Checkin } from '@domain/activities/types';
import { COLLECTIONS } from '../../core/collections';
import type { DocOps, Store } from '../../ports/store';
import { bumpStat } from './counters';

/**
 * Records one attendance and its counter in one transaction. A person already
 * present gets their first check-in back; a row an organizer removed is replaced.
 */
export async function recordCheckin(
  store: Store,
  activity: Activity,
  row: Checkin,
): Promise<{ checkin: Checkin; already: boolean }> {
  return store.transaction(async (tx) => {
    const existing = await tx.get<Checkin>(COLLECTIONS.checkins, row._id);
    if (existing && existing.removedAt === undefined) return { checkin: existing, already: true };
    if (existing) await tx.remove(COLLECTIONS.checkins, row._id);
    await insertRow(tx, activity, row);
    return { checkin: row, already: false };
  });
}

/** A row typed by the organizer, numbered from the activity's own sequence in the same transaction. */
export async function recordManual(
  store: Store,
  activity: Activity,
  draft: Omit<Checkin, '_id' | 'activityId' | 'unit' | 'kind' | 'source'>,
): Promise<Checkin> {
  return store.transaction(async (tx) => {
    await tx.update(COLLECTIONS.activities, activity._id, { inc: { manualSeq: 1 } });
    const seq = (await tx.get<Activity>(COLLECTIONS.activities, activity._id))?.manualSeq;
    if (seq === undefined) throw notFound('这场活动');
    const row: Checkin = {
      ...draft,
      _id: `${activity._id}:manual:${seq}`,
      activityId: activity._id,
      unit: activity.unit,
      kind: activity.kind,
      source: 'manual',
    };
    await insertRow(tx, activity, row);
    return row;
  });
}

async function insertRow(tx: DocOps, activity: Activity, row: Checkin): Promise<void> {
  if (!(await tx.insert(COLLECTIONS.checkins, row))) throw new AppError('conflict', '签到正在处理，请稍后再试');
  await bumpStat(tx, activity, row._id, { attendances: 1 });
}

/** Marks a row removed (kept for the log) and takes it out of the counts; removing twice changes nothing. */
export async function removeCheckin(
  store: Store,
  activity: Activity,
  id: string,
  by: string,
  at: number,
): Promise<{ checkin: Checkin; changed: boolean }> {
  return store.transaction(async (tx) => {
    const row = await tx.get<Checkin>(COLLECTIONS.checkins, id);
    if (!row || row.activityId !== activity._id) throw notFound('这条签到记录');
    if (row.removedAt !== undefined) return { checkin: row, changed: false };
    await tx.update(COLLECTIONS.checkins, id, { set: { removedAt: at, removedBy: by } }, { removedAt: null });
    await bumpStat(tx, activity, id, { attendances: -1 });
    return { checkin: { ...row, removedAt: at, removedBy: by }, changed: true };
  });
}

export const presentFilter = (activityId: string) => ({ activityId, removedAt: null });
