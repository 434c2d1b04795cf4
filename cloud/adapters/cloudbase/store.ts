import { matches } from '../../ports/filter';
import {
  MAX_PAGE,
  type DocOps,
  type Filter,
  type FindOptions,
  type Patch,
  type Store,
  type StoredDoc,
} from '../../ports/store';
import { alreadyPatched, mayBeNoop, toUpdateData, toWhere } from './translate';
import type { CloudCommand, CloudData, CloudDb, CloudError, CloudQuery, CloudTransaction } from './types';

/** wx-server-sdk throws for a missing document unless the database was made with `throwOnNotFound: false`. */
function isNotFound(error: unknown): boolean {
  const e = error as CloudError | null;
  const text = typeof error === 'string' ? error : `${e?.errMsg ?? ''} ${e?.message ?? ''}`;
  return /does not exist/.test(text);
}

const asData = (doc: StoredDoc): CloudData => ({ ...doc });

async function readDoc<T>(read: () => Promise<{ data: CloudData | null }>): Promise<T | null> {
  try {
    const { data } = await read();
    return (data ?? null) as T | null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * The store port on the CloudBase database. Single-document writes are one
 * server-side operation each (a guarded update is `where({_id, ...guard}).update()`),
 * so they are atomic without a transaction, exactly as the local store promises.
 */
export class CloudbaseStore implements Store {
  private readonly _: CloudCommand;

  constructor(private readonly db: CloudDb) {
    this._ = db.command;
  }

  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    return readDoc<T>(() => this.db.collection(collection).doc(id).get());
  }

  async insert<T extends StoredDoc>(collection: string, doc: T): Promise<boolean> {
    try {
      // `add` with the id given, never `doc(id).set`: set is an upsert and would overwrite.
      await this.db.collection(collection).add({ data: asData(doc) });
      return true;
    } catch (error) {
      // The wording of a duplicate-key error is not part of the SDK's contract; the document being there is.
      if (await this.get(collection, doc._id)) return false;
      throw error;
    }
  }

  async update(collection: string, id: string, patch: Patch, guard: Filter = {}): Promise<boolean> {
    if ('_id' in guard && !matches({ _id: id }, { _id: guard._id })) return false;
    const where = { ...toWhere(this._, guard), _id: id };
    const data = toUpdateData(this._, patch);
    if (Object.keys(data).length > 0) {
      const { stats } = await this.db.collection(collection).where(where).update({ data });
      if (stats.updated === 1) return true;
      if (!mayBeNoop(patch)) return false;
    }
    // "0 updated" is also the answer when the document matched but already held these values.
    const { total } = await this.db
      .collection(collection)
      .where(alreadyPatched(this._, where, patch))
      .count();
    return total === 1;
  }

  async remove(collection: string, id: string): Promise<boolean> {
    const { stats } = await this.db.collection(collection).doc(id).remove();
    return stats.removed === 1;
  }

  async find<T extends StoredDoc>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const limit = Math.min(options.limit ?? MAX_PAGE, MAX_PAGE);
    if (limit <= 0) return [];
    let query: CloudQuery = this.db.collection(collection).where(toWhere(this._, filter));
    const order = options.orderBy ?? [];
    for (const [field, direction] of order) query = query.orderBy(field, direction);
    // The same tie-break as the local store, so pages taken with skip/limit neither repeat nor drop documents.
    if (!order.some(([field]) => field === '_id')) query = query.orderBy('_id', 'asc');
    if (options.skip) query = query.skip(options.skip);
    // Without an explicit limit the server answers at most 100 documents.
    const { data } = await query.limit(limit).get();
    return data as T[];
  }

  async count(collection: string, filter: Filter): Promise<number> {
    const { total } = await this.db.collection(collection).where(toWhere(this._, filter)).count();
    return total;
  }

  /**
   * `runTransaction` commits when `work` resolves and rolls back when it throws.
   * On a write conflict it runs `work` again (up to 3 times), so `work` must not
   * have effects outside the store.
   */
  transaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    return this.db.runTransaction((t) => work(new TransactionOps(t, this._)));
  }
}

/** Document operations inside a CloudBase transaction, where `where` queries do not exist. */
class TransactionOps implements DocOps {
  constructor(
    private readonly t: CloudTransaction,
    private readonly _: CloudCommand,
  ) {}

  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    return readDoc<T>(() => this.t.collection(collection).doc(id).get());
  }

  /**
   * Reads first, then `add`s. The read answers "taken" without provoking a
   * duplicate-key error, which would abort the whole transaction rather than just
   * this insert. `add` rather than `doc(id).set` (an upsert) because, should
   * another transaction create the document after our read, `add` fails with a
   * conflict instead of silently overwriting it.
   */
  async insert<T extends StoredDoc>(collection: string, doc: T): Promise<boolean> {
    if (await this.get(collection, doc._id)) return false;
    await this.t.collection(collection).add({ data: asData(doc) });
    return true;
  }

  /** The guard is checked on the transaction's snapshot; a concurrent write to the document makes the commit conflict. */
  async update(collection: string, id: string, patch: Patch, guard?: Filter): Promise<boolean> {
    const current = await this.get(collection, id);
    if (!current || (guard && !matches(current, guard))) return false;
    const data = toUpdateData(this._, patch);
    if (Object.keys(data).length > 0) await this.t.collection(collection).doc(id).update({ data });
    return true;
  }

  async remove(collection: string, id: string): Promise<boolean> {
    if (!(await this.get(collection, id))) return false;
    await this.t.collection(collection).doc(id).remove();
    return true;
  }
}
