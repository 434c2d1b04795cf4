import Database from 'better-sqlite3';
import { applyPatch, matches } from '../../ports/filter';
import {
  MAX_PAGE,
  type Condition,
  type DocOps,
  type Filter,
  type FindOptions,
  type Patch,
  type Scalar,
  type Store,
  type StoredDoc,
} from '../../ports/store';

/**
 * The local store: one SQLite file, a table of JSON documents per collection.
 * One connection per process; every operation runs as its own `BEGIN IMMEDIATE`
 * transaction behind one async lock, so async transactions never interleave on the
 * connection and other processes (seed script, tests, the host) wait their turn
 * through SQLite's busy timeout. WAL keeps acknowledged writes across a kill -9.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly tables = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
  }

  close(): void {
    this.db.close();
  }

  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    return this.locked(() => this.ops.get<T>(collection, id));
  }

  insert<T extends StoredDoc>(collection: string, doc: T): Promise<boolean> {
    return this.locked(() => this.ops.insert(collection, doc));
  }

  update(collection: string, id: string, patch: Patch, guard?: Filter): Promise<boolean> {
    return this.locked(() => this.ops.update(collection, id, patch, guard));
  }

  remove(collection: string, id: string): Promise<boolean> {
    return this.locked(() => this.ops.remove(collection, id));
  }

  find<T extends StoredDoc>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.locked(() => {
      const { where, params } = toSql(filter);
      const order = (options.orderBy ?? [])
        .map(([field, dir]) => `${jsonPath(field)} ${dir === 'desc' ? 'DESC' : 'ASC'}`)
        .concat('id ASC')
        .join(', ');
      const limit = Math.min(options.limit ?? MAX_PAGE, MAX_PAGE);
      const rows = this.db
        .prepare(`SELECT doc FROM ${this.table(collection)} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...params, limit, options.skip ?? 0) as { doc: string }[];
      return rows.map((r) => JSON.parse(r.doc) as T);
    }, false);
  }

  count(collection: string, filter: Filter): Promise<number> {
    return this.locked(() => {
      const { where, params } = toSql(filter);
      const row = this.db
        .prepare(`SELECT COUNT(*) AS n FROM ${this.table(collection)} WHERE ${where}`)
        .get(...params) as {
        n: number;
      };
      return row.n;
    }, false);
  }

  transaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    return this.locked(() => work(this.ops));
  }

  /** Document operations on the open transaction; only called while the lock is held. */
  private readonly ops = {
    get: async <T extends StoredDoc>(collection: string, id: string): Promise<T | null> => {
      const row = this.db.prepare(`SELECT doc FROM ${this.table(collection)} WHERE id = ?`).get(id) as
        { doc: string } | undefined;
      return row ? (JSON.parse(row.doc) as T) : null;
    },
    insert: async <T extends StoredDoc>(collection: string, doc: T): Promise<boolean> => {
      const result = this.db
        .prepare(`INSERT OR IGNORE INTO ${this.table(collection)} (id, doc) VALUES (?, ?)`)
        .run(doc._id, JSON.stringify(doc));
      return result.changes === 1;
    },
    update: async (collection: string, id: string, patch: Patch, guard?: Filter): Promise<boolean> => {
      const current = await this.ops.get(collection, id);
      if (!current || (guard && !matches(current, guard))) return false;
      const next = applyPatch(current, patch);
      this.db.prepare(`UPDATE ${this.table(collection)} SET doc = ? WHERE id = ?`).run(JSON.stringify(next), id);
      return true;
    },
    remove: async (collection: string, id: string): Promise<boolean> =>
      this.db.prepare(`DELETE FROM ${this.table(collection)} WHERE id = ?`).run(id).changes === 1,
  };

  /**
   * Serialises work on the connection. Writers run inside BEGIN IMMEDIATE so the
   * write lock is taken up front (no deadlock between two processes upgrading).
   */
  private locked<R>(work: () => R | Promise<R>, write = true): Promise<R> {
    const run = async (): Promise<R> => {
      this.db.exec(write ? 'BEGIN IMMEDIATE' : 'BEGIN');
      try {
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private table(collection: string): string {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(collection)) throw new Error(`bad collection name: ${collection}`);
    const name = `"c_${collection}"`;
    if (!this.tables.has(collection)) {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${name} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`);
      this.tables.add(collection);
    }
    return name;
  }

  /** An index on JSON fields, for the queries a collection answers often. */
  ensureIndex(collection: string, fields: string[]): void {
    const name = `"i_${collection}_${fields.join('_').replace(/\W/g, '_')}"`;
    this.db.exec(
      `CREATE INDEX IF NOT EXISTS ${name} ON ${this.table(collection)} (${fields.map(jsonPath).join(', ')})`,
    );
  }
}

function jsonPath(field: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(field)) throw new Error(`bad field path: ${field}`);
  return field === '_id' ? 'id' : `json_extract(doc, '$.${field}')`;
}

/** SQLite stores JSON booleans as 1/0 in json_extract; bind them the same way. */
function bind(value: Scalar): string | number | null {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function toSql(filter: Filter): { where: string; params: (string | number | null)[] } {
  const clauses: string[] = [];
  const params: (string | number | null)[] = [];
  for (const [field, expected] of Object.entries(filter)) {
    const col = jsonPath(field);
    if (expected === null) {
      clauses.push(`${col} IS NULL`);
    } else if (typeof expected !== 'object') {
      clauses.push(`${col} = ?`);
      params.push(bind(expected));
    } else {
      const c = expected as Condition;
      const ops: [keyof Condition, string][] = [
        ['$gt', '>'],
        ['$gte', '>='],
        ['$lt', '<'],
        ['$lte', '<='],
      ];
      for (const [key, op] of ops) {
        if (c[key] !== undefined) {
          clauses.push(`${col} ${op} ?`);
          params.push(c[key] as string | number);
        }
      }
      if (c.$ne !== undefined) {
        clauses.push(c.$ne === null ? `${col} IS NOT NULL` : `(${col} IS NULL OR ${col} != ?)`);
        if (c.$ne !== null) params.push(bind(c.$ne));
      }
      if (c.$in !== undefined) {
        if (c.$in.length === 0) clauses.push('0');
        else {
          clauses.push(`${col} IN (${c.$in.map(() => '?').join(', ')})`);
          params.push(...c.$in.map(bind));
        }
      }
    }
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };
}
