import type { DocOps, Filter, FindOptions, Patch, Store, StoredDoc } from '../../cloud/ports/store';

/** What a probed store's calls stopped with once the crash point is passed. */
export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash: the function instance died here');
  }
}

/**
 * Wraps a store to count the operations the functions make and, once armed, to
 * die after a given number of them: every later call throws, as if the cloud
 * function's instance were gone, while the database keeps what it had (the
 * stand-in's or the SQLite file's state survives, like the real server's).
 */
export class StoreProbe implements Store {
  /** Store operations so far, those inside transactions included. */
  calls = 0;
  private crashAt: number | null = null;

  constructor(private readonly inner: Store) {}

  /** From now on, the `after`-th next call and every one after it throws. */
  crashAfter(after: number): void {
    this.crashAt = this.calls + after;
  }

  get crashed(): boolean {
    return this.crashAt !== null && this.calls >= this.crashAt;
  }

  private step(): void {
    if (this.crashed) throw new SimulatedCrash();
    this.calls += 1;
  }

  private ops(inner: DocOps): DocOps {
    return {
      get: async <T extends StoredDoc>(collection: string, id: string) => {
        this.step();
        return inner.get<T>(collection, id);
      },
      insert: async <T extends StoredDoc>(collection: string, doc: T) => {
        this.step();
        return inner.insert(collection, doc);
      },
      update: async (collection: string, id: string, patch: Patch, guard?: Filter) => {
        this.step();
        return inner.update(collection, id, patch, guard);
      },
      remove: async (collection: string, id: string) => {
        this.step();
        return inner.remove(collection, id);
      },
    };
  }

  get = <T extends StoredDoc>(collection: string, id: string) => this.ops(this.inner).get<T>(collection, id);
  insert = <T extends StoredDoc>(collection: string, doc: T) => this.ops(this.inner).insert(collection, doc);
  update = (collection: string, id: string, patch: Patch, guard?: Filter) =>
    this.ops(this.inner).update(collection, id, patch, guard);
  remove = (collection: string, id: string) => this.ops(this.inner).remove(collection, id);

  async find<T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]> {
    this.step();
    return this.inner.find<T>(collection, filter, options);
  }

  async count(collection: string, filter: Filter): Promise<number> {
    this.step();
    return this.inner.count(collection, filter);
  }

  async transaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    this.step();
    return this.inner.transaction((tx) => work(this.ops(tx)));
  }
}
