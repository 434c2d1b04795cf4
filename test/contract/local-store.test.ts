import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteStore } from '../../cloud/adapters/local/sqlite-store';
import { describeStoreContract } from './store-contract';
import { EVENT_ID, LOG, SEATS } from './sqlite-worker';

const root = resolve(__dirname, '../..');
const WORKER = join(__dirname, 'sqlite-worker.ts');

const tempDir = () => mkdtempSync(join(tmpdir(), 'store-contract-'));

let suiteDir = '';
describeStoreContract(
  'SqliteStore',
  () => {
    suiteDir = tempDir();
    return new SqliteStore(join(suiteDir, 'store.sqlite'));
  },
  (store) => {
    (store as SqliteStore).close();
    rmSync(suiteDir, { recursive: true, force: true });
  },
);

/** A worker process on the same file, through tsx's loader as `npm start` runs the host. */
function startWorker(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

describe('SqliteStore shared by several processes', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'store.sqlite');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('two processes decrementing the same seats sell exactly what there is', async () => {
    const store = new SqliteStore(file);
    await store.insert(SEATS, { _id: EVENT_ID, seatsLeft: 200 });
    const workers = [startWorker(['decrement', file, '300']), startWorker(['decrement', file, '300'])];
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect([codes, workers.map((w) => w.stderr())]).toEqual([
      [0, 0],
      ['', ''],
    ]);
    const sold = workers.map((w) => (JSON.parse(w.stdout()) as { ok: number }).ok);
    expect(sold[0] + sold[1]).toBe(200);
    expect(await store.get(SEATS, EVENT_ID)).toEqual({ _id: EVENT_ID, seatsLeft: 0 });
    store.close();
  });

  it('keeps every acknowledged insert when the writing process is killed', async () => {
    const worker = startWorker(['insert', file]);
    const acknowledged = await new Promise<string[]>((done, fail) => {
      const timer = setInterval(() => {
        const lines = worker.stdout().split('\n').filter(Boolean);
        if (lines.length >= 300) {
          clearInterval(timer);
          worker.child.kill('SIGKILL');
          done(lines);
        }
      }, 5);
      void worker.exited.then((code) => {
        clearInterval(timer);
        fail(new Error(`worker exited early (${code}): ${worker.stderr()}`));
      });
    });
    await worker.exited;
    const store = new SqliteStore(file);
    const stored = await store.find(LOG, {}, { limit: 1000 });
    const storedIds = new Set(stored.map((d) => d._id));
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    store.close();
  });
});
