import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '@domain/common/errors';
import { startLocalHost, type LocalHost } from '../../cloud/host/local';

export type DevRole = 'citizen' | 'organizer' | 'handler' | 'admin';

/** A real local host on a free loopback port with its own data folder; `now` sets its clock. */
export async function startTestHost(
  options: { dataDir?: string; staticDir?: string; now?: () => number; env?: NodeJS.ProcessEnv } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'safety-month-'));
  const host: LocalHost = await startLocalHost({
    dataDir,
    port: 0,
    staticDir: options.staticDir,
    // Integration tests deliver photo verdicts themselves, as the platform's late push; the e2e journeys set their own.
    env: { MEDIA_CHECK_VERDICT: 'pending', ...options.env },
    now: options.now,
  });

  async function signIn(role: DevRole): Promise<string> {
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
    const res = await fetch(`${host.url}/api/${fn}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: typeof request === 'string' ? request : JSON.stringify(request),
    });
    return { status: res.status, body: (await res.json()) as Envelope<T> };
  }

  return {
    host,
    dataDir,
    signIn,
    call,
    async stop({ keepData = false } = {}) {
      await host.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestHost = Awaited<ReturnType<typeof startTestHost>>;
