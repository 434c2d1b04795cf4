import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '@domain/common/errors';
import { CloudbaseStore } from '../../cloud/adapters/cloudbase/store';
import type { ClosableStore } from '../../cloud/adapters/local/runtime';
import { SqliteStore } from '../../cloud/adapters/local/sqlite-store';
import { devOpenid, issueToken, verifyToken } from '../../cloud/host/dev-signin';
import { HTTP_STATUS } from '../../cloud/host/http-status';
import { startLocalHost, type LocalHost } from '../../cloud/host/local';
import { FUNCTIONS } from '../../cloud/functions/registry';
import type { CloudFunction } from '../../cloud/core/router';
import type { Store } from '../../cloud/ports/store';
import { FakeCloudDb } from '../contract/fake-cloudbase';

export type DevRole = 'citizen' | 'organizer' | 'handler' | 'admin';

/** What the dev sign-in answers: who the person is and the token their calls carry. */
export interface DevSession {
  openid: string;
  token: string;
}

/**
 * The two engines every crowd, durability and idempotency test runs on: the
 * local SQLite store, and CloudbaseStore over the CloudBase stand-in
 * (optimistic transactions, 3 re-runs, a per-call latency).
 */
export const ENGINES = ['sqlite', 'cloudbase-standin'] as const;
export type Engine = (typeof ENGINES)[number];

export interface TestHostOptions {
  dataDir?: string;
  staticDir?: string;
  now?: () => number;
  env?: NodeJS.ProcessEnv;
  /** 'sqlite' (default) or the real function code over CloudbaseStore + the stand-in. */
  engine?: Engine;
  /** The stand-in's database, to restart a host on the state a crashed one left (stand-in only). */
  cloudDb?: FakeCloudDb;
  /** The stand-in's per-call latency in ms once the demo data is seeded (default 2). */
  latencyMs?: number;
  /** Wraps the store the functions see (e.g. to count round trips or to crash between steps). */
  wrapStore?: (store: Store) => Store;
}

function wrapped(store: ClosableStore, wrap?: (store: Store) => Store): ClosableStore {
  return wrap ? Object.assign(wrap(store), { close: () => store.close() }) : store;
}

function storeFor(engine: Engine, dataDir: string, cloudDb?: FakeCloudDb): ClosableStore {
  if (engine === 'sqlite' || !cloudDb) return new SqliteStore(join(dataDir, 'store.sqlite'));
  return Object.assign(new CloudbaseStore(cloudDb), { close: () => undefined });
}

/**
 * A real local host on a free loopback port with its own data folder; `now` sets
 * its clock. With `engine: 'cloudbase-standin'` the same host runs the same
 * functions over CloudbaseStore and the in-memory CloudBase stand-in.
 */
export async function startTestHost(options: TestHostOptions = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'safety-month-'));
  const engine = options.engine ?? 'sqlite';
  const cloudDb = engine === 'cloudbase-standin' ? (options.cloudDb ?? new FakeCloudDb()) : undefined;
  // Seeding the demo data runs without latency; the functions then see the network's.
  if (cloudDb) cloudDb.latencyMs = 0;
  const host: LocalHost = await startLocalHost({
    dataDir,
    port: 0,
    staticDir: options.staticDir,
    // Integration tests deliver photo verdicts themselves, as the platform's late push; the e2e journeys set their own.
    env: { MEDIA_CHECK_VERDICT: 'pending', ...options.env },
    now: options.now,
    store: wrapped(storeFor(engine, dataDir, cloudDb), options.wrapStore),
  });
  if (cloudDb) cloudDb.latencyMs = options.latencyMs ?? 2;

  // The stand-in runs the functions in this process, as a CloudBase instance would: no HTTP in between.
  const inProcess = engine === 'cloudbase-standin';
  const { runtime } = host;

  async function signIn(role: DevRole): Promise<string> {
    if (inProcess) return issueToken(runtime.config.signingSecret, devOpenid(role));
    const res = await fetch(`${host.url}/dev/signin`, { method: 'POST', body: JSON.stringify({ role }) });
    const body = (await res.json()) as Envelope<{ token: string }>;
    if (!body.ok) throw new Error(body.error.message);
    return body.data.token;
  }

  async function call<T = unknown>(
    fn: string,
    request: unknown,
    token?: string,
  ): Promise<{ status: number; body: Envelope<T> }> {
    if (inProcess) return callInProcess<T>(fn, request, token);
    const res = await fetch(`${host.url}/api/${fn}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: typeof request === 'string' ? request : JSON.stringify(request),
    });
    return { status: res.status, body: (await res.json()) as Envelope<T> };
  }

  /** What the host does for `POST /api/<fn>`, minus the socket; the answer is serialised as it would be. */
  async function callInProcess<T>(fn: string, request: unknown, token?: string) {
    const handler = Object.prototype.hasOwnProperty.call(FUNCTIONS, fn)
      ? (FUNCTIONS as Record<string, CloudFunction>)[fn]
      : undefined;
    if (!handler) throw new Error(`no function ${fn}`);
    let body: unknown;
    try {
      body = typeof request === 'string' ? JSON.parse(request) : structuredClone(request);
    } catch {
      return {
        status: 400,
        body: { ok: false, error: { code: 'invalid_input', message: '请求内容不是有效的 JSON' } } as Envelope<T>,
      };
    }
    const openid = verifyToken(runtime.config.signingSecret, token);
    const envelope = await runtime.identity.runAs(openid, () => handler.handle(body, runtime));
    const status = envelope.ok ? 200 : HTTP_STATUS[envelope.error.code];
    return { status, body: JSON.parse(JSON.stringify(envelope)) as Envelope<T> };
  }

  return {
    host,
    dataDir,
    engine,
    cloudDb,
    signIn,
    call,
    async stop({ keepData = false } = {}) {
      await host.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestHost = Awaited<ReturnType<typeof startTestHost>>;
