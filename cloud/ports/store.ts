/**
 * The document store port. It is shaped after what CloudBase's database can do
 * atomically, so the same function code is correct on CloudBase and locally:
 * documents by id, guarded single-document updates, inserts that refuse an
 * existing id, queries by equality/range, and transactions of document operations.
 */
export type Scalar = string | number | boolean | null;

export interface Condition {
  $gt?: number | string;
  $gte?: number | string;
  $lt?: number | string;
  $lte?: number | string;
  $ne?: Scalar;
  $in?: Scalar[];
}

/** Field paths may be dotted (`stats.seatsLeft`). All conditions must hold. */
export type Filter = Record<string, Scalar | Condition>;

export interface Patch {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
}

export interface FindOptions {
  orderBy?: [field: string, direction: 'asc' | 'desc'][];
  limit?: number;
  skip?: number;
}

export interface StoredDoc {
  _id: string;
}

/** Operations valid inside a transaction as well as outside. */
export interface DocOps {
  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null>;
  /** Inserts; answers false (and writes nothing) when the id is taken. Never overwrites. */
  insert<T extends StoredDoc>(collection: string, doc: T): Promise<boolean>;
  /** Applies the patch if the document exists and matches `guard`; answers whether it did. */
  update(collection: string, id: string, patch: Patch, guard?: Filter): Promise<boolean>;
  remove(collection: string, id: string): Promise<boolean>;
}

export interface Store extends DocOps {
  find<T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
  /** Runs `work` atomically; a throw rolls every write back. */
  transaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R>;
}

/** The most documents one find returns; CloudBase's server SDK caps a page at 1000. */
export const MAX_PAGE = 1000;
