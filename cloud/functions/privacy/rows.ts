import { randomBytes } from 'node:crypto';
import { ERASED_NAME } from '@domain/privacy/my-data';
import type { Checkin } from '@domain/activities/types';
import type { Registration } from '@domain/events/types';
import type { QuizDay } from '@domain/quiz/types';
import type { AuditEntry } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { findAll } from '../../ports/paging';
import { MAX_PAGE, type DocOps, type Filter, type Store, type StoredDoc } from '../../ports/store';

/**
 * A row's id once the person is taken out of it. Sign-ups and check-ins are
 * keyed `${parent}:${openid}`; the anonymised row keeps the parent (session,
 * activity) so every count and list stays as it was, and nothing else.
 */
const anonymousId = (parent: string) => `${parent}:erased-${randomBytes(6).toString('hex')}`;

export const anonymousRegistration = (r: Registration): Registration => ({
  ...r,
  _id: anonymousId(r.sessionId),
  openid: '',
  name: ERASED_NAME,
  phone: '',
  // The ticket is a keyed hash of the old id: with the secret and the openid it would lead back.
  ticket: '',
});

export const anonymousCheckin = (c: Checkin): Checkin => ({
  _id: anonymousId(c.activityId),
  activityId: c.activityId,
  unit: c.unit,
  kind: c.kind,
  name: ERASED_NAME,
  org: '',
  checkedInAt: c.checkedInAt,
  source: c.source,
  ...(c.removedAt !== undefined ? { removedAt: c.removedAt, removedBy: c.removedBy } : {}),
});

/**
 * A 人次 row without its person: same day, unit and best score, so the 统计表
 * and the unit's figures stay; `stranger` stands for the person in all their
 * rows, so the unit's count of distinct participants stays too.
 */
export const anonymousQuizDay = (d: QuizDay, stranger: string): QuizDay => ({
  ...d,
  _id: anonymousId(`${d.day}:${d.unit ?? '个人'}`),
  openid: stranger,
});

/** A stand-in for one erased person across their quiz rows: random, so it leads back to nobody. */
export const strangerId = () => `erased-${randomBytes(6).toString('hex')}`;

/** Calls `handle` on every document matching `filter`, which handling makes it leave; a page at a time. */
export async function drain<T extends StoredDoc>(
  store: Store,
  collection: string,
  filter: Filter,
  handle: (doc: T) => Promise<void>,
): Promise<void> {
  for (;;) {
    const page = await store.find<T>(collection, filter, { limit: MAX_PAGE });
    if (page.length === 0) return;
    for (const doc of page) await handle(doc);
  }
}

/** Ids beginning with `prefix`, as a range the store can answer. */
export function idsStartingWith(prefix: string): Filter {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { _id: { $gte: prefix, $lt: `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}` } };
}

/** Slices a list for `$in` queries, which are kept short. */
export function chunks<T>(items: T[], size = 100): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** What an audit detail may say about a person (a typed or removed check-in's name and unit). */
const PERSONAL_DETAIL = ['name', 'org', 'phone'];

/** The audit entries about these rows, read before the transaction that changes them (no queries inside one). */
export const auditAbout = (store: Store, targets: string[]) =>
  findAll<AuditEntry>(store, COLLECTIONS.auditLogs, { target: { $in: targets } });

/**
 * Inside a transaction: the entries keep who did what and when for
 * accountability, lose the person's name and unit, and name the row's new id.
 */
export async function scrubAudit(tx: DocOps, entries: AuditEntry[], target?: string): Promise<void> {
  for (const e of entries) {
    const personal = PERSONAL_DETAIL.filter((k) => e.detail && k in e.detail);
    if (personal.length === 0 && (target === undefined || target === e.target)) continue;
    const detail = e.detail && Object.fromEntries(Object.entries(e.detail).filter(([k]) => !personal.includes(k)));
    await tx.update(COLLECTIONS.auditLogs, e._id, { set: { target: target ?? e.target, detail } });
  }
}
