/**
 * Durability: the local host is killed with SIGKILL in the middle of a burst of
 * writes and started again on the same data folder. Every write that was
 * acknowledged to a client is there, and counters agree with the rows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Envelope } from '@domain/common/errors';
import type { Reconciliation } from '@domain/common/reconciliation';
import { SqliteStore } from '../../cloud/adapters/local/sqlite-store';
import { COLLECTIONS } from '../../cloud/core/collections';
import { QUIET_MS } from '../../cloud/core/counter';
import { startTestHost } from '../support/local-host';
import { eventInput, signUpPayload } from '../support/events';
import { newClientKey, reportPayload, uploadPhotoTo } from '../support/reports';

const root = resolve(__dirname, '../..');

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

async function startHostProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the host process did not start');
}

describe('a SIGKILL in the middle of a burst', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged sign-up or report and keeps counters equal to rows', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kill-restart-'));
    const port = await freePort();
    child = await startHostProcess(dataDir, port);
    const base = `http://127.0.0.1:${port}`;
    const post = async <T>(path: string, body: unknown, token?: string) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: JSON.stringify(body),
      });
      return (await res.json()) as Envelope<T>;
    };

    const organizer = await post<{ token: string }>('/dev/signin', { role: 'organizer' });
    if (!organizer.ok) throw new Error(organizer.error.message);
    const capacity = 150;
    const saved = await post<{ id: string }>(
      '/api/events',
      { action: 'save', payload: eventInput({}, { capacity }) },
      organizer.data.token,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const edit = await post<{ sessions: { _id: string }[] }>(
      '/api/events',
      { action: 'edit', payload: { eventId: saved.data.id } },
      organizer.data.token,
    );
    if (!edit.ok) throw new Error(edit.error.message);
    const sessionId = edit.data.sessions[0]._id;

    const acknowledged: string[] = [];
    const registered: string[] = [];
    let killed = false;
    const reporter = async () => {
      const signIn = await post<{ token: string }>('/dev/signin', { role: 'citizen' });
      if (!signIn.ok) return;
      const token = signIn.data.token;
      const registration = await post<{ _id: string }>(
        '/api/events',
        { action: 'signUp', payload: signUpPayload(sessionId) },
        token,
      );
      if (registration.ok) registered.push(registration.data._id);
      const clientKey = newClientKey();
      const photo = await uploadPhotoTo(`http://127.0.0.1:${port}`, token, clientKey).catch(() => null);
      if (!photo) return;
      const submitted = await post<{ _id: string }>(
        '/api/reports',
        { action: 'submit', payload: reportPayload(clientKey, [photo]) },
        token,
      );
      if (!submitted.ok) return;
      acknowledged.push(submitted.data._id);
      // Kill at once, from the acknowledgement itself, while the other writes are surely in flight.
      if (acknowledged.length === 40) {
        killed = true;
        child?.kill('SIGKILL');
      }
    };

    // A pool keeps at most 100 people in flight, so the host can never run ahead of
    // this process: when the kill lands, later writes have not even been sent.
    const total = 1000;
    let started = 0;
    const worker = async () => {
      while (started < total && !killed) {
        started += 1;
        await reporter().catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: 100 }, worker));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.length).toBeLessThan(total);

    child = await startHostProcess(dataDir, port);
    const store = new SqliteStore(join(dataDir, 'store.sqlite'));
    try {
      const rows = await store.find<{ _id: string; trackingNo: string }>(COLLECTIONS.hazardReports, {});
      const stored = new Set(rows.map((r) => r._id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      // Each tracking number is claimed by a document of its own that names its report.
      const claims = await store.find<{ _id: string; reportId: string }>(COLLECTIONS.reportCounters, {
        _id: { $gte: 'no:', $lt: 'no;' },
      });
      const claimed = new Map(claims.map((c) => [c._id.slice(3), c.reportId]));
      expect(rows.filter((r) => claimed.get(r.trackingNo) !== r._id)).toEqual([]);
      expect(new Set(rows.map((r) => r.trackingNo)).size).toBe(rows.length);

      const registrations = await store.find<{ _id: string; status: string }>(COLLECTIONS.registrations, { sessionId });
      const storedRegistrations = new Set(registrations.map((r) => r._id));
      expect(registered.length).toBeGreaterThan(0);
      expect(registered.filter((id) => !storedRegistrations.has(id))).toEqual([]);
      const confirmed = registrations.filter((r) => r.status === 'confirmed').length;
      const session = await store.get<{ _id: string; seatsLeft: number }>(COLLECTIONS.sessions, sessionId);
      // A kill between a seat and its sign-up leaves the seat unused, never sold twice...
      expect(session?.seatsLeft).toBeLessThanOrEqual(capacity - confirmed);
      // ...and the reconciliation, once the dead steps can no longer land, gives it back.
      const later = await startTestHost({ dataDir, now: () => Date.now() + QUIET_MS + 60_000 });
      const admin = await later.signIn('admin');
      const result = await later.call<Reconciliation>('admin', { action: 'reconcile' }, admin);
      expect(result.body.ok && result.body.data.oversold).toEqual([]);
      await later.stop({ keepData: true });
      const fixed = await store.get<{ _id: string; seatsLeft: number }>(COLLECTIONS.sessions, sessionId);
      expect(fixed?.seatsLeft).toBe(capacity - confirmed);
    } finally {
      store.close();
    }
  });
});
