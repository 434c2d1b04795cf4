/**
 * `npm run purge`: applies the retention table to the local store in .data/
 * (what the privacy function's timer does on CloudBase), a batch per kind per
 * round until nothing expired is left, and prints what it erased.
 */
import { resolve } from 'node:path';
import { RETENTION_KINDS } from '@domain/privacy/retention';
import { createLocalRuntime } from '../cloud/adapters/local/runtime';
import { purgeExpired } from '../cloud/functions/privacy/purge';

const dataDir = resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');

async function main() {
  const runtime = createLocalRuntime({ dataDir, publicBase: () => 'http://127.0.0.1:10086' });
  try {
    const total = Object.fromEntries(RETENTION_KINDS.map((k) => [k, 0]));
    for (let more = true; more;) {
      const round = await purgeExpired(runtime);
      for (const kind of RETENTION_KINDS) total[kind] += round.counts[kind];
      more = round.more;
    }
    for (const kind of RETENTION_KINDS) {
      console.log(`${kind.padEnd(16)} ${String(total[kind]).padStart(6)}  (${runtime.config.retention[kind]} 天)`);
    }
    console.log(`已按保存期限清理过期个人信息: ${dataDir}`);
  } finally {
    runtime.store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
