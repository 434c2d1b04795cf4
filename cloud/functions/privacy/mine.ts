import { empty } from '@domain/common/validation';
import { canCancel } from '@domain/events/rules';
import type { Registration, Session } from '@domain/events/types';
import { deleteMyDataInput, ERASED_NAME, type MyData } from '@domain/privacy/my-data';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { keyedHash } from '../../core/keys';
import { action } from '../../core/router';
import { ownerKeyOf } from '../reports/access';
import { eraseMyData } from './erase';

const myData = action({
  role: 'citizen',
  input: empty,
  async run(_input, { caller, runtime }): Promise<MyData> {
    const { store } = runtime;
    const { openid } = caller;
    const ownerKey = ownerKeyOf(runtime, openid);
    const named = { $ne: ERASED_NAME };
    const holding = await store.find<Registration>(COLLECTIONS.registrations, {
      openid,
      status: { $in: ['confirmed', 'waitlisted'] },
    });
    const sessionIds = [...new Set(holding.map((r) => r.sessionId))];
    const sessions = sessionIds.length
      ? await store.find<Session>(COLLECTIONS.sessions, { _id: { $in: sessionIds } })
      : [];
    const byId = new Map(sessions.map((s) => [s._id, s]));
    const now = runtime.clock.now();
    const [signUps, namedSignUps, checkins, namedCheckins, reports, realName, contacts] = await Promise.all([
      store.count(COLLECTIONS.registrations, { openid }),
      store.count(COLLECTIONS.registrations, { openid, name: named }),
      store.count(COLLECTIONS.checkins, { openid }),
      store.count(COLLECTIONS.checkins, { openid, name: named }),
      store.count(COLLECTIONS.hazardReports, { ownerKey }),
      store.count(COLLECTIONS.hazardReports, { ownerKey, anonymous: false }),
      store.count(COLLECTIONS.hazardReports, { ownerKey, contact: { $ne: null } }),
    ]);
    return {
      signUps: {
        total: signUps,
        upcoming: holding.filter((r) => {
          const session = byId.get(r.sessionId);
          return session !== undefined && canCancel(r.status, session, now);
        }).length,
      },
      checkins,
      reports: { total: reports, realName },
      contactStored: namedSignUps + namedCheckins + contacts > 0,
    };
  },
});

/** The caller's own data only (identity from the platform, never the payload), after an explicit confirmation. */
const deleteMyData = action({
  role: 'citizen',
  input: deleteMyDataInput,
  async run(_input, ctx) {
    const { caller, runtime } = ctx;
    const result = await eraseMyData(runtime, caller.openid);
    // The log shows a deletion happened and what it did, under a one-way pseudonym rather than the openid it erased.
    const who = `erasure:${keyedHash(runtime.config.signingSecret, 'erasure', caller.openid).slice(0, 16)}`;
    await audit({ ...ctx, caller: { ...caller, openid: who } }, 'privacy.deleteMyData', who, { ...result });
    return result;
  },
});

export const myDataActions = { myData, deleteMyData };
