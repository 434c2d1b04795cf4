/**
 * `npm run bench`: figures, not pass/fail. Each capability adds its own rows;
 * the store's raw guarded increment is measured in the same run so ratios can be tracked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../cloud/adapters/local/sqlite-store';
import { startTestHost } from '../test/support/local-host';
import { measure, print, type Figures } from './measure';
import { reportsOverHttp } from './reports';
import { checkinsOverHttp } from './checkins';
import { eventsBurst } from './events';
import { crowdBench } from './crowd';

async function storeGuardedIncrement(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const store = new SqliteStore(join(dir, 'store.sqlite'));
  const n = 5000;
  await store.insert('bench', { _id: 'seats', left: n });
  const figures = await measure('store: guarded decrement', n, 100, () =>
    store.update('bench', 'seats', { inc: { left: -1 } }, { left: { $gt: 0 } }),
  );
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

async function contentOverHttp(): Promise<Figures[]> {
  const t = await startTestHost();
  const token = await t.signIn('citizen');
  const rows = [
    await measure('http: content.home', 2000, 50, () => t.call('content', { action: 'home' }, token)),
    await measure('http: content.getArticle', 2000, 50, () =>
      t.call('content', { action: 'getArticle', payload: { id: 'gas-safety' } }, token),
    ),
  ];
  await t.stop();
  return rows;
}

async function main() {
  const rows = [await storeGuardedIncrement(), ...(await contentOverHttp())];
  rows.push(...(await reportsOverHttp()));
  rows.push(...(await checkinsOverHttp()));
  rows.push(...(await eventsBurst()));
  const crowd = await crowdBench();
  rows.push(...crowd.rows);
  print(rows);
  for (const line of crowd.notes) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
