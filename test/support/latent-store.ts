import type { Filter, FindOptions, Patch, Store, StoredDoc } from '../../cloud/ports/store';

/**
 * The SQLite store as a network would present it: every call outside a
 * transaction waits up to `maxMs` (random) before it reaches the store, so
 * requests of one person interleave between their reads and writes the way
 * they do on CloudBase. Without it the local store answers at once and two
 * requests hardly ever meet mid-way, so a race could not show.
 */
export function latentStore(inner: Store, maxMs = 3): Store {
  const wait = () => new Promise((resolve) => setTimeout(resolve, Math.random() * maxMs));
  return {
    get: async <T extends StoredDoc>(collection: string, id: string) => (await wait(), inner.get<T>(collection, id)),
    insert: async <T extends StoredDoc>(collection: string, doc: T) => (await wait(), inner.insert(collection, doc)),
    update: async (collection: string, id: string, patch: Patch, guard?: Filter) => (
      await wait(),
      inner.update(collection, id, patch, guard)
    ),
    remove: async (collection: string, id: string) => (await wait(), inner.remove(collection, id)),
    find: async <T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions) => (
      await wait(),
      inner.find<T>(collection, filter, options)
    ),
    count: async (collection: string, filter: Filter) => (await wait(), inner.count(collection, filter)),
    transaction: (work) => inner.transaction(work),
  };
}
