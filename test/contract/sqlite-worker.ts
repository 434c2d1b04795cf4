/**
 * A second process on the same SQLite file, for the cross-process cases of
 * local-store.test.ts. Run as `node --import tsx sqlite-worker.ts <mode> <file> [count]`.
 *   decrement: `count` guarded seat decrements at once; prints `{"ok": n}`.
 *   insert:    inserts until killed, printing each id only after its insert resolved.
 */
import { SqliteStore } from '../../cloud/adapters/local/sqlite-store';

export const SEATS = 'seats';
export const EVENT_ID = 'event';
export const LOG = 'log';

async function decrement(store: SqliteStore, count: number): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: count }, () =>
      store.update(SEATS, EVENT_ID, { inc: { seatsLeft: -1 } }, { seatsLeft: { $gt: 0 } }),
    ),
  );
  process.stdout.write(`${JSON.stringify({ ok: results.filter(Boolean).length })}\n`);
}

async function insertUntilKilled(store: SqliteStore): Promise<never> {
  for (let i = 0; ; i += 1) {
    const id = `${process.pid}-${i}`;
    if (!(await store.insert(LOG, { _id: id, at: i }))) throw new Error(`id ${id} was taken`);
    process.stdout.write(`${id}\n`);
  }
}

async function main(): Promise<void> {
  const [mode, file, count] = process.argv.slice(2);
  const store = new SqliteStore(file);
  if (mode === 'decrement') await decrement(store, Number(count));
  else if (mode === 'insert') await insertUntilKilled(store);
  else throw new Error(`unknown mode ${mode}`);
  store.close();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
