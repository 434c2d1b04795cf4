import { AppError } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { judgeGeofence } from '@domain/activities/geofence';
import { assertActivityCheckInOpen } from '@domain/activities/rules';
import { activityIdInput, checkInInput, type CheckInInput } from '@domain/activities/schemas';
import { parseScene } from '@domain/activities/codes';
import type { Activity, Checkin, MyCheckin } from '@domain/activities/types';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { loadActivity, toView } from './access';
import { recordCheckin } from './attendance';
import { activityOfCode, activityOfScene } from './verify';

const checkinId = (activityId: string, openid: string) => `${activityId}:${openid}`;

const get = action({
  role: 'citizen',
  input: activityIdInput,
  run: async ({ id }, { runtime }) => toView(await loadActivity(runtime, id)),
});

/** The activity the person already attended, when the request names it: a second check-in answers the first. */
async function earlier(runtime: Runtime, openid: string, input: CheckInInput) {
  const named = input.scene ? parseScene(input.scene)?.activityId : input.activityId;
  if (!named) return null;
  const row = await runtime.store.get<Checkin>(COLLECTIONS.checkins, checkinId(named, openid));
  return row && row.removedAt === undefined ? row : null;
}

const checkIn = action({
  role: 'citizen',
  identityOnly: true,
  input: checkInInput,
  async run(input, { runtime, caller }) {
    const first = await earlier(runtime, caller.openid, input);
    if (first)
      return { checkin: first, activity: toView(await loadActivity(runtime, first.activityId)), already: true };
    const activity: Activity = input.scene
      ? await activityOfScene(runtime, input.scene, input.activityId)
      : await activityOfCode(runtime, caller.openid, input.code ?? '', input.activityId);
    const now = runtime.clock.now();
    assertActivityCheckInOpen(activity, now);
    const fence = judgeGeofence(activity.place, activity.geofenceMeters, input.location);
    if (!fence.ok) throw new AppError('forbidden', fence.message, { location: fence.message });
    const { checkin, already } = await recordCheckin(runtime.store, activity, {
      _id: checkinId(activity._id, caller.openid),
      activityId: activity._id,
      unit: activity.unit,
      kind: activity.kind,
      openid: caller.openid,
      name: input.name,
      org: input.org,
      checkedInAt: now,
      source: input.scene ? 'scan' : 'code',
    });
    return { checkin, activity: toView(activity), already };
  },
});

const mine = action({
  role: 'citizen',
  input: empty,
  async run(_input, { runtime, caller }): Promise<MyCheckin[]> {
    const rows = await runtime.store.find<Checkin>(
      COLLECTIONS.checkins,
      { openid: caller.openid, removedAt: null },
      { orderBy: [['checkedInAt', 'desc']], limit: 100 },
    );
    const ids = [...new Set(rows.map((r) => r.activityId))];
    const activities = ids.length
      ? await runtime.store.find<Activity>(COLLECTIONS.activities, { _id: { $in: ids } })
      : [];
    const byId = new Map(activities.map((a) => [a._id, a]));
    return rows.map((checkin) => {
      const activity = byId.get(checkin.activityId);
      return { checkin, activity: activity ? toView(activity) : null };
    });
  },
});

export const participantActions = { get, checkIn, mine };
