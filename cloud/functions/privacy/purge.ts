import { chinaDayEnd } from '@domain/common/china-time';
import { empty } from '@domain/common/validation';
import { ERASED_NAME, type PurgeResult } from '@domain/privacy/my-data';
import { retentionCutoff, type RetentionKind } from '@domain/privacy/retention';
import type { HazardReport } from '@domain/reports/types';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { findAll, removeMatching } from '../../ports/paging';
import { MAX_PAGE, type Filter, type Store, type StoredDoc } from '../../ports/store';
import { auditAbout, chunks, idsStartingWith, scrubAudit } from './rows';

/** The most records of one kind a run erases: the next run (the timer's, or `npm run purge`'s next round) goes on. */
const BATCH = MAX_PAGE;

/**
 * Applies the retention table at the runtime's clock. Erasing leaves a record
 * outside its query (a name becomes ERASED_NAME, a report gets `purgedAt`, a
 * counter or log entry is removed), so runs are idempotent and resume where
 * the last one stopped.
 */
export async function purgeExpired(runtime: Runtime): Promise<PurgeResult> {
  const now = runtime.clock.now();
  const cutoff = (kind: RetentionKind) => retentionCutoff(runtime.config.retention[kind], now);
  const { store } = runtime;
  const counts: PurgeResult['counts'] = {
    signupContact: await eraseSignupContacts(store, cutoff('signupContact')),
    checkinIdentity: await eraseCheckinIdentities(store, cutoff('checkinIdentity')),
    reportPersonal: await eraseReportPersonal(runtime, cutoff('reportPersonal'), now),
    notifications: await runtime.notifications.forget({ before: cutoff('notifications'), limit: BATCH }),
    counters: await removeCounters(store, cutoff('counters')),
    auditLogs: await removeMatching(store, COLLECTIONS.auditLogs, { at: { $lte: cutoff('auditLogs') } }, BATCH),
  };
  return { counts, more: Object.values(counts).some((n) => n >= BATCH) };
}

/**
 * Erases up to BATCH children of the expired parents (sessions, activities) that
 * still carry a name; answers the ids of the erased ones.
 */
async function eraseChildren(
  store: Store,
  parents: { collection: string; filter: Filter },
  children: { collection: string; parentField: string; set: Record<string, unknown> },
): Promise<string[]> {
  const expired = await findAll<StoredDoc>(store, parents.collection, parents.filter);
  const erased: string[] = [];
  for (const ids of chunks(expired.map((p) => p._id))) {
    const filter = { [children.parentField]: { $in: ids }, name: { $ne: ERASED_NAME } };
    while (erased.length < BATCH) {
      const page = await store.find<StoredDoc>(children.collection, filter, { limit: BATCH - erased.length });
      if (page.length === 0) break;
      for (const doc of page) {
        await store.update(children.collection, doc._id, { set: children.set });
        erased.push(doc._id);
      }
    }
  }
  return erased;
}

/** Sign-up names and phones, counted from the end of their session. */
async function eraseSignupContacts(store: Store, cutoff: number): Promise<number> {
  const erased = await eraseChildren(
    store,
    { collection: COLLECTIONS.sessions, filter: { endAt: { $lte: cutoff } } },
    { collection: COLLECTIONS.registrations, parentField: 'sessionId', set: { name: ERASED_NAME, phone: '' } },
  );
  return erased.length;
}

/**
 * Check-in names and units, counted from the end of the activity. The audit
 * entries of a typed or removed row lose the name and unit they quoted.
 */
async function eraseCheckinIdentities(store: Store, cutoff: number): Promise<number> {
  const erased = await eraseChildren(
    store,
    { collection: COLLECTIONS.activities, filter: { endAt: { $lte: cutoff } } },
    { collection: COLLECTIONS.checkins, parentField: 'activityId', set: { name: ERASED_NAME, org: '' } },
  );
  for (const ids of chunks(erased)) {
    const entries = await auditAbout(store, ids);
    if (entries.length) await store.transaction((tx) => scrubAudit(tx, entries));
  }
  return erased.length;
}

/**
 * A closed report's contact, location and photos, counted from its closure.
 * The description, category, status and history stay with the authorities.
 */
async function eraseReportPersonal(runtime: Runtime, cutoff: number, now: number): Promise<number> {
  const { store } = runtime;
  const due = await store.find<HazardReport>(
    COLLECTIONS.hazardReports,
    { closedAt: { $lte: cutoff }, purgedAt: null },
    { limit: BATCH },
  );
  let erased = 0;
  for (const report of due) {
    try {
      await runtime.files.remove(report.photos.map((p) => p.fileId));
    } catch (error) {
      // The report keeps its photos and is tried again on the next run.
      console.error(`[privacy] photos of report ${report._id} not deleted`, error);
      continue;
    }
    const set = { contact: undefined, location: { address: '' }, photos: [], purgedAt: now };
    if (await store.update(COLLECTIONS.hazardReports, report._id, { set }, { purgedAt: null })) erased += 1;
  }
  return erased;
}

/**
 * Attempt counters past their window: wrong check-in codes and rate limits
 * carry `expiresAt`; the daily report counters (`rate:<pseudonym>:<day>`) their day.
 */
async function removeCounters(store: Store, cutoff: number): Promise<number> {
  const expiring = { expiresAt: { $lte: cutoff } };
  let removed = 0;
  removed += await removeMatching(store, COLLECTIONS.checkinAttempts, expiring, BATCH);
  removed += await removeMatching(store, COLLECTIONS.rateLimits, expiring, BATCH);
  const daily = await findAll<StoredDoc>(store, COLLECTIONS.reportCounters, idsStartingWith('rate:'));
  for (const counter of daily) {
    if (removed >= BATCH) break;
    const day = counter._id.slice(counter._id.lastIndexOf(':') + 1);
    if (chinaDayEnd(day) <= cutoff && (await store.remove(COLLECTIONS.reportCounters, counter._id))) removed += 1;
  }
  return removed;
}

const purgeExpiredAction = action({
  role: 'admin',
  input: empty,
  run: (_input, { runtime }) => purgeExpired(runtime),
});

export const purgeActions = { purgeExpired: purgeExpiredAction };
