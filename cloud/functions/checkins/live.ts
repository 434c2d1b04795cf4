import { codeWindow, POSTER_WINDOW, windowStart } from '@domain/activities/codes';
import { assertActivityCheckInOpen, LIVE_LIST_LIMIT } from '@domain/activities/rules';
import { activityIdInput, addManualInput, removeCheckinInput } from '@domain/activities/schemas';
import type { Checkin, LiveCode } from '@domain/activities/types';
import { notFound } from '@domain/common/errors';
import { audit } from '../../core/audit';
import { codeOfWindow } from '../../core/checkin-codes';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import { loadOwnActivity } from './access';
import { presentFilter, recordManual, removeCheckin } from './attendance';

/** The page a check-in code opens (wxacode on weapp; the H5 URL of the same page locally). */
export const ACTIVITY_PAGE = 'pages/activity/index';

/**
 * The code to show now. The QR is drawn here, not on the phone: it costs one PNG
 * per rotation per screen, keeps a QR library out of the weapp package, and on
 * CloudBase the port gives a 小程序码 that WeChat's own scanner opens directly.
 */
const liveCode = action({
  role: 'organizer',
  input: activityIdInput,
  async run({ id }, { runtime, caller }) {
    const activity = await loadOwnActivity(runtime, caller, id);
    const now = runtime.clock.now();
    const window = activity.codeMode === 'poster' ? POSTER_WINDOW : codeWindow(now);
    const { scene, code } = codeOfWindow(runtime.config.signingSecret, id, window);
    const png = await runtime.qrcodes.create({ page: ACTIVITY_PAGE, scene });
    const result: LiveCode = {
      scene,
      code,
      window: window === POSTER_WINDOW ? -1 : window,
      rotatesAt: window === POSTER_WINDOW ? activity.endAt : windowStart(window + 1),
      qrDataUrl: `data:image/png;base64,${png.toString('base64')}`,
    };
    return result;
  },
});

const live = action({
  role: 'organizer',
  input: activityIdInput,
  async run({ id }, { runtime, caller }) {
    const activity = await loadOwnActivity(runtime, caller, id);
    const [count, checkins] = await Promise.all([
      runtime.store.count(COLLECTIONS.checkins, presentFilter(id)),
      runtime.store.find<Checkin>(COLLECTIONS.checkins, presentFilter(id), {
        orderBy: [['checkedInAt', 'desc']],
        limit: LIVE_LIST_LIMIT,
      }),
    ]);
    return { count, expected: activity.expectedHeadcount, checkins };
  },
});

/** For people without a phone: the organizer types name and unit. */
const addManual = action({
  role: 'organizer',
  input: addManualInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    const activity = await loadOwnActivity(runtime, caller, input.activityId);
    const now = runtime.clock.now();
    // A typed row is a check-in too: only within the activity's window.
    assertActivityCheckInOpen(activity, now);
    const checkin = await recordManual(runtime.store, activity, { name: input.name, org: input.org, checkedInAt: now });
    await audit(ctx, 'checkins.addManual', checkin._id, { name: checkin.name, org: checkin.org });
    return checkin;
  },
});

const remove = action({
  role: 'organizer',
  input: removeCheckinInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    const row = await runtime.store.get<Checkin>(COLLECTIONS.checkins, input.id);
    if (!row) throw notFound('这条签到记录');
    const activity = await loadOwnActivity(runtime, caller, row.activityId);
    const { checkin, changed } = await removeCheckin(
      runtime.store,
      activity,
      input.id,
      caller.openid,
      runtime.clock.now(),
    );
    if (changed) {
      await audit(ctx, 'checkins.remove', input.id, { name: row.name, org: row.org, reason: input.reason });
    }
    return checkin;
  },
});

export const liveActions = { liveCode, live, addManual, remove };
