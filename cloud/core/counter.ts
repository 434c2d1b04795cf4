import type { Filter, Store, StoredDoc } from '../ports/store';

/**
 * How long a counter or seat document must have been left alone before the
 * reconciliation may correct it from the rows, in ms. Longer than any function
 * may run (CloudBase stops an instance after its timeout: 3 s by default, 60 s
 * at most), so a step still in flight can no longer land after the correction.
 */
export const QUIET_MS = 2 * 60_000;

/**
 * The one counter helper: adds `inc` to a counter document with a single
 * guarded update outside any transaction (atomic on CloudBase and locally), and
 * creates the document from `fresh` with `inc` already applied on first use.
 * Many people may bump one counter at once: nothing here can conflict.
 *
 * `firstUse` says which is likelier, so the usual case is one round trip:
 * true tries the insert first (a per-person daily budget), false the update
 * (a busy statistics counter). `guard` must hold for `fresh` after `inc`
 * (e.g. `count < max` with max >= 1). `set` is written along (e.g. `touchedAt`).
 * Answers false only when the guard refused.
 */
export async function addToCounter<T extends StoredDoc>(
  store: Store,
  collection: string,
  fresh: T,
  inc: Record<string, number>,
  options: { guard?: Filter; firstUse?: boolean; set?: Record<string, unknown> } = {},
): Promise<boolean> {
  const base = fresh as unknown as Record<string, unknown>;
  const created = { ...fresh, ...options.set } as Record<string, unknown>;
  for (const [field, by] of Object.entries(inc)) created[field] = Number(base[field] ?? 0) + by;
  const update = () =>
    store.update(collection, fresh._id, { inc, ...(options.set ? { set: options.set } : {}) }, options.guard);
  const insert = () => store.insert(collection, created as unknown as T);
  if (options.firstUse) return (await insert()) || update();
  if (await update()) return true;
  // Missing (first use) or refused by the guard: only an insert tells them apart.
  return (await insert()) || update();
}
