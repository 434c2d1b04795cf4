import { AppError, notFound } from '@domain/common/errors';
import type { Activity, Checkin } from '@domain/activities/types';
import { COLLECTIONS } from '../../core/collections';
import type { Store } from '../../ports/store';
import { bumpStat } from './counters';

/**
 * Attendance without transactions: the row is written first by its
 * deterministic id (one per person per activity, so a second tap finds it),
 * then its sharded counter moves. Nothing here can conflict with the rest of
 * the hall; a crash between the two steps leaves a counter short, which the
 * reconciliation recounts from the rows.
 */

const present = (row: Checkin) => row.removedAt === undefined || row.removedAt === null;

/**
 * Records one attendance. A person already present gets their first check-in
 * back; a row an organizer removed is checked in again in place.
 */
export async function recordCheckin(
  store: Store,
  activity: Activity,
  row: Checkin,
): Promise<{ checkin: Checkin; already: boolean }> {
  if (await store.insert(COLLECTIONS.checkins, row)) {
    await bumpStat(store, activity, row._id, { attendances: 1 }, row.checkedInAt);
    return { checkin: row, already: false };
  }
  const existing = await store.get<Checkin>(COLLECTIONS.checkins, row._id);
  if (!existing) throw new AppError('conflict', '签到正在处理，请稍后再试');
  if (present(existing)) return { checkin: existing, already: true };
  const { _id, ...fields } = row;
  const again = { ...fields, removedAt: undefined, removedBy: undefined };
  // Guarded on the row still being removed: of two taps at once, one brings it back.
  if (await store.update(COLLECTIONS.checkins, _id, { set: again }, { removedAt: { $gt: 0 } })) {
    await bumpStat(store, activity, _id, { attendances: 1 }, row.checkedInAt);
    return { checkin: row, already: false };
  }
  return { checkin: (await store.get<Checkin>(COLLECTIONS.checkins, _id)) ?? row, already: true };
}

/**
 * A row typed by the organizer, numbered `${activityId}:manual:<n>` without a
 * sequence document: the insert of the numbered row is the claim (ids are
 * unique), starting after the activity's `manualSeq` hint and moving on while a
 * number is taken. The hint is raised afterwards, guarded so it never goes back.
 */
export async function recordManual(
  store: Store,
  activity: Activity,
  draft: Omit<Checkin, '_id' | 'activityId' | 'unit' | 'kind' | 'source'>,
): Promise<Checkin> {
  const current = await store.get<Activity>(COLLECTIONS.activities, activity._id);
  if (!current) throw notFound('这场活动');
  for (let seq = current.manualSeq + 1; seq <= current.manualSeq + 500; seq += 1) {
    const row: Checkin = {
      ...draft,
      _id: `${activity._id}:manual:${seq}`,
      activityId: activity._id,
      unit: activity.unit,
      kind: activity.kind,
      source: 'manual',
    };
    if (!(await store.insert(COLLECTIONS.checkins, row))) continue;
    await bumpStat(store, activity, row._id, { attendances: 1 }, row.checkedInAt);
    await store.update(COLLECTIONS.activities, activity._id, { set: { manualSeq: seq } }, { manualSeq: { $lt: seq } });
    return row;
  }
  throw new AppError('conflict', '签到正在处理，请稍后再试');
}

/** Marks a row removed (kept for the log) and takes it out of the counts; removing twice changes nothing. */
export async function removeCheckin(
  store: Store,
  activity: Activity,
  id: string,
  by: string,
  at: number,
): Promise<{ checkin: Checkin; changed: boolean }> {
  const row = await store.get<Checkin>(COLLECTIONS.checkins, id);
  if (!row || row.activityId !== activity._id) throw notFound('这条签到记录');
  if (!present(row)) return { checkin: row, changed: false };
  if (!(await store.update(COLLECTIONS.checkins, id, { set: { removedAt: at, removedBy: by } }, { removedAt: null }))) {
    return { checkin: (await store.get<Checkin>(COLLECTIONS.checkins, id)) ?? row, changed: false };
  }
  await bumpStat(store, activity, id, { attendances: -1 }, at);
  return { checkin: { ...row, removedAt: at, removedBy: by }, changed: true };
}

export const presentFilter = (activityId: string) => ({ activityId, removedAt: null });
