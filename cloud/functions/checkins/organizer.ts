import { chinaDay } from '@domain/common/china-time';
import { pastFields, refusePast } from '@domain/common/picked-dates';
import { randomBytes } from 'node:crypto';
import { AppError } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { checkKindInForce } from '@domain/activities/rules';
import { createActivityInput, updateActivityInput } from '@domain/activities/schemas';
import type { Activity } from '@domain/activities/types';
import type { Theme } from '@domain/content/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { ownUnit } from '../../core/reporting-unit';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import type { Filter } from '../../ports/store';
import { loadOwnActivity } from './access';
import { presentFilter } from './attendance';
import { bumpStat, insertActivity } from './counters';

const themesOf = (runtime: Runtime) => runtime.store.find<Theme>(COLLECTIONS.themes, {});

/** Short ids: the QR's scene (id + window + signature) must fit wxacode's 32 characters. */
const newActivityId = () => randomBytes(8).toString('base64url').slice(0, 10);

const create = action({
  role: 'organizer',
  input: createActivityInput,
  async run(input, ctx) {
    const { store, clock } = ctx.runtime;
    checkKindInForce(await themesOf(ctx.runtime), input.kind, input.startAt);
    const now = clock.now();
    refusePast(pastFields([{ startAt: input.endAt }], now, () => 'endAt', '结束时间'));
    const activity: Activity = {
      ...input,
      _id: newActivityId(),
      unit: ownUnit(ctx.caller),
      manualSeq: 0,
      createdBy: ctx.caller.openid,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await insertActivity(store, activity))) throw new Error('activity id collision');
    await audit(ctx, 'checkins.create', activity._id, { kind: activity.kind, unit: activity.unit });
    return activity;
  },
});

const update = action({
  role: 'organizer',
  input: updateActivityInput,
  async run({ id, ...input }, ctx) {
    const { store, clock } = ctx.runtime;
    const before = await loadOwnActivity(ctx.runtime, ctx.caller, id);
    refusePast(pastFields([{ startAt: input.endAt, before: before.endAt }], clock.now(), () => 'endAt', '结束时间'));
    checkKindInForce(await themesOf(ctx.runtime), input.kind, input.startAt);
    const moves = before.kind !== input.kind || chinaDay(before.startAt) !== chinaDay(input.startAt);
    // Counters are keyed by kind and day; moving a session with attendances would split it between buckets.
    if (moves && (await store.count(COLLECTIONS.checkins, presentFilter(id))) > 0) {
      throw new AppError('conflict', '已有人签到的活动不能修改“七进”类型或活动日期');
    }
    const after: Activity = { ...before, ...input, updatedAt: clock.now() };
    await store.update(COLLECTIONS.activities, id, {
      set: {
        ...input,
        geofenceMeters: input.geofenceMeters ?? null,
        expectedHeadcount: input.expectedHeadcount ?? null,
        updatedAt: after.updatedAt,
      },
    });
    // The 场次 moves between counters on its own, outside a transaction (counters are hot during check-ins).
    if (moves) {
      await bumpStat(store, before, id, { sessions: -1 }, after.updatedAt);
      await bumpStat(store, after, id, { sessions: 1 }, after.updatedAt);
    }
    await audit(ctx, 'checkins.update', id, { kind: input.kind, startAt: input.startAt });
    return loadOwnActivity(ctx.runtime, ctx.caller, id);
  },
});

const listMine = action({
  role: 'organizer',
  input: empty,
  async run(_input, { runtime, caller }) {
    const filter: Filter = caller.roles.includes('admin') && !caller.unit ? {} : { unit: ownUnit(caller) };
    return runtime.store.find<Activity>(COLLECTIONS.activities, filter, { orderBy: [['startAt', 'desc']], limit: 200 });
  },
});

export const organizerActions = { create, update, listMine };
