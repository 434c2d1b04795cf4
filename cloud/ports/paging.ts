import { MAX_PAGE, type Filter, type FindOptions, type Store, type StoredDoc } from './store';

/**
 * Every document matching `filter`, a page at a time past the store's page
 * size. For sets the caller does not change while reading; ordered by `_id`
 * unless told otherwise, so pages do not overlap.
 */
export async function findAll<T extends StoredDoc>(
  store: Store,
  collection: string,
  filter: Filter,
  orderBy: NonNullable<FindOptions['orderBy']> = [['_id', 'asc']],
): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await store.find<T>(collection, filter, { orderBy, skip: all.length });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

/** Removes documents matching `filter`, at most `limit` of them; answers how many went. */
export async function removeMatching(
  store: Store,
  collection: string,
  filter: Filter,
  limit = Infinity,
): Promise<number> {
  let removed = 0;
  while (removed < limit) {
    const page = await store.find<StoredDoc>(collection, filter, { limit: Math.min(MAX_PAGE, limit - removed) });
    if (page.length === 0) break;
    for (const doc of page) if (await store.remove(collection, doc._id)) removed += 1;
  }
  return removed;
}
