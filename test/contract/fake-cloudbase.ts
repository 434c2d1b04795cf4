/**
 * An in-memory stand-in for the CloudBase database as wx-server-sdk presents it,
 * so CloudbaseStore can run the store contract offline. Queries and updates go
 * through the SDK's real serialisers and are evaluated with MongoDB semantics.
 * It is deliberately as unhelpful as the real thing: every call yields to other
 * callers first, an unlimited query answers 100 documents, "updated" counts only
 * documents that changed, a duplicate `add` inside a transaction aborts it, and
 * transactions are optimistic (a conflicting commit fails, is re-run at most 3
 * times, then throws). `latencyMs` makes every call a timed round trip, so a
 * crowd of callers overlaps the way it does over a network.
 */
import type {
  CloudCollection,
  CloudData,
  CloudDb,
  CloudDocument,
  CloudQuery,
  CloudTransaction,
} from '../../cloud/adapters/cloudbase/types';
import { realCommand, serializeUpdate, serializeWhere } from './cloudbase-sdk';
import { applyUpdate, matchesQuery, sortDocs } from './mongo-eval';

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
const SERVER_DEFAULT_LIMIT = 100;

/** Shaped like wx-server-sdk's errors: `errCode` and `errMsg`. */
class SdkError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(errMsg);
  }
}

class Conflict extends SdkError {
  readonly code = 'DATABASE_TRANSACTION_CONFLICT';
}

interface Row {
  doc: CloudData;
  version: number;
}

interface QueryState {
  where: CloudData;
  order: [string, 'asc' | 'desc'][];
  skip: number;
  limit?: number;
}

const copy = <T>(value: T): T => structuredClone(value);

function checkUpdate(data: CloudData): Record<string, Record<string, unknown>> {
  if (Object.keys(data).length === 0) throw new SdkError(-501007, 'options.data should not be empty');
  if ('_id' in data) throw new SdkError(-501007, '不能更新_id的值');
  return serializeUpdate(data);
}

export interface FakeCloudDbOptions {
  throwOnNotFound?: boolean;
  /** Milliseconds every call waits before the server acts on it, as a network round trip does (0: just yield). */
  latencyMs?: number;
}

export class FakeCloudDb implements CloudDb {
  readonly command = realCommand;
  private readonly tables = new Map<string, Map<string, Row>>();
  private clock = 0;
  transactionsRun = 0;
  /** Server round trips so far (every get, add, update, remove, count, and a transaction's commit). */
  calls = 0;
  /** May be changed at any time, e.g. seed without latency, then measure with it. */
  latencyMs: number;

  constructor(private readonly options: FakeCloudDbOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** One round trip: always yields to other callers first; waits `latencyMs` when set. */
  tick(): Promise<void> {
    this.calls += 1;
    if (this.latencyMs <= 0) return yieldNow();
    return new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs));
  }

  rows(collection: string): Map<string, Row> {
    let rows = this.tables.get(collection);
    if (!rows) this.tables.set(collection, (rows = new Map()));
    return rows;
  }

  version(collection: string, id: string): number {
    return this.rows(collection).get(id)?.version ?? -1;
  }

  put(collection: string, id: string, doc: CloudData | null): void {
    if (doc === null) this.rows(collection).delete(id);
    else this.rows(collection).set(id, { doc: copy(doc), version: ++this.clock });
  }

  notFound(id: string): { data: null } {
    if (this.options.throwOnNotFound)
      throw new SdkError(-1, `document.get:fail document with _id ${id} does not exist`);
    return { data: null };
  }

  collection(name: string): CloudCollection {
    return new FakeCollection(this, name, { where: {}, order: [], skip: 0 });
  }

  async runTransaction<R>(work: (tx: CloudTransaction) => Promise<R>, times = 3): Promise<R> {
    this.transactionsRun += 1;
    for (let attempt = 0; ; attempt += 1) {
      const tx = new FakeTransaction(this);
      try {
        const result = await work(tx);
        await this.tick();
        tx.commit();
        return result;
      } catch (error) {
        if (!(error instanceof Conflict) || attempt >= times) throw error;
      }
    }
  }
}

class FakeCollection implements CloudCollection {
  constructor(
    private readonly db: FakeCloudDb,
    private readonly name: string,
    private readonly state: QueryState,
  ) {}

  private with(change: Partial<QueryState>): FakeCollection {
    return new FakeCollection(this.db, this.name, { ...this.state, ...change });
  }

  where(condition: CloudData): CloudQuery {
    return this.with({ where: condition });
  }

  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery {
    return this.with({ order: [...this.state.order, [field, direction]] });
  }

  skip(offset: number): CloudQuery {
    return this.with({ skip: offset });
  }

  limit(max: number): CloudQuery {
    return this.with({ limit: max });
  }

  private matching(): Row[] {
    const query = serializeWhere(this.state.where);
    return [...this.db.rows(this.name).values()].filter((row) => matchesQuery(row.doc, query));
  }

  async get(): Promise<{ data: CloudData[] }> {
    await this.db.tick();
    const docs = sortDocs(
      this.matching().map((row) => row.doc),
      this.state.order,
    );
    const page = docs.slice(this.state.skip, this.state.skip + (this.state.limit ?? SERVER_DEFAULT_LIMIT));
    return { data: copy(page) };
  }

  async count(): Promise<{ total: number }> {
    await this.db.tick();
    return { total: this.matching().length };
  }

  async update(options: { data: CloudData }): Promise<{ stats: { updated: number } }> {
    await this.db.tick();
    const update = checkUpdate(options.data);
    let updated = 0;
    for (const row of this.matching()) {
      const { next, modified } = applyUpdate(row.doc, update);
      if (modified) {
        this.db.put(this.name, String(row.doc._id), next);
        updated += 1;
      }
    }
    return { stats: { updated } };
  }

  doc(id: string): CloudDocument {
    const { db, name } = this;
    return {
      async get() {
        await db.tick();
        const row = db.rows(name).get(id);
        return row ? { data: copy(row.doc) } : db.notFound(id);
      },
      async update(options) {
        await db.tick();
        const row = db.rows(name).get(id);
        if (!row) return { stats: { updated: 0 } };
        const { next, modified } = applyUpdate(row.doc, checkUpdate(options.data));
        if (modified) db.put(name, id, next);
        return { stats: { updated: modified ? 1 : 0 } };
      },
      async remove() {
        await db.tick();
        const existed = db.rows(name).has(id);
        db.put(name, id, null);
        return { stats: { removed: existed ? 1 : 0 } };
      },
    };
  }

  async add(options: { data: CloudData }): Promise<{ _id: string }> {
    await this.db.tick();
    const id = String(options.data._id);
    if (this.db.rows(this.name).has(id)) {
      throw new SdkError(-502001, `collection.add:fail -502001 database request fail. E11000 duplicate key ${id}`);
    }
    this.db.put(this.name, id, options.data);
    return { _id: id };
  }
}

/** Snapshot reads, staged writes, and a version check of every touched document at commit. */
class FakeTransaction implements CloudTransaction {
  private readonly seen = new Map<string, { collection: string; id: string; version: number }>();
  private readonly staged = new Map<string, CloudData | null>();
  private aborted = false;

  constructor(private readonly db: FakeCloudDb) {}

  private key(collection: string, id: string): string {
    return `${collection}\u0000${id}`;
  }

  private view(collection: string, id: string): CloudData | null {
    if (this.aborted) throw new SdkError(-502001, 'transaction has been aborted');
    const key = this.key(collection, id);
    if (!this.seen.has(key)) this.seen.set(key, { collection, id, version: this.db.version(collection, id) });
    if (this.staged.has(key)) return this.staged.get(key) ?? null;
    return copy(this.db.rows(collection).get(id)?.doc ?? null);
  }

  commit(): void {
    if (this.aborted) throw new SdkError(-502001, 'transaction has been aborted');
    for (const { collection, id, version } of this.seen.values()) {
      if (this.db.version(collection, id) !== version) throw new Conflict(-502001, 'database transaction conflict');
    }
    for (const [key, doc] of this.staged) {
      const [collection, id] = key.split('\u0000');
      this.db.put(collection, id, doc);
    }
  }

  collection(name: string): Pick<CloudCollection, 'doc' | 'add'> {
    const doc = (id: string): CloudDocument => ({
      get: async () => {
        await this.db.tick();
        const current = this.view(name, id);
        return current ? { data: current } : this.db.notFound(id);
      },
      update: async (options) => {
        await this.db.tick();
        const current = this.view(name, id);
        if (!current) return { stats: { updated: 0 } };
        const { next, modified } = applyUpdate(current, checkUpdate(options.data));
        this.staged.set(this.key(name, id), next);
        return { stats: { updated: modified ? 1 : 0 } };
      },
      remove: async () => {
        await this.db.tick();
        const existed = this.view(name, id) !== null;
        this.staged.set(this.key(name, id), null);
        return { stats: { removed: existed ? 1 : 0 } };
      },
    });
    const add = async (options: { data: CloudData }): Promise<{ _id: string }> => {
      await this.db.tick();
      const id = String(options.data._id);
      if (this.view(name, id)) {
        // As on the server: a write error inside a transaction aborts all of it.
        this.aborted = true;
        throw new SdkError(-502001, `collection.add:fail E11000 duplicate key ${id}`);
      }
      this.staged.set(this.key(name, id), copy(options.data));
      return { _id: id };
    };
    return { doc, add };
  }
}
