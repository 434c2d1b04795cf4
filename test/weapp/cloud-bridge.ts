import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { FunctionName } from '@domain/api';
import { createLocalRuntime } from '../../cloud/adapters/local/runtime';
import { FUNCTIONS } from '../../cloud/functions/registry';
import { seedDemo } from '../../cloud/host/demo';

export interface CloudCall {
  name: string;
  data: unknown;
}

export interface CloudBridge {
  /** What `wx.cloud.callFunction` resolves with on the device: `{ result }`, the function's envelope. */
  call(call: CloudCall): Promise<{ result: unknown; errMsg: string; requestID: string }>;
  /** Every call the page made, so a test can tell "nothing rendered" from "nothing was asked". */
  calls: CloudCall[];
  /** Calls started and not yet answered. */
  readonly pending: number;
  close(): void;
}

/**
 * The real cloud functions on a real SQLite store with the demo content, called
 * in-process as `wx.cloud.callFunction` would call them on CloudBase: the caller's
 * OPENID comes from the platform, not from the payload.
 */
export async function createCloudBridge(options: { openid: string; now: number }): Promise<CloudBridge> {
  provideNodeGlobals();
  const dataDir = mkdtempSync(join(tmpdir(), 'safety-month-weapp-'));
  const runtime = createLocalRuntime({
    dataDir,
    publicBase: () => 'http://127.0.0.1',
    // An empty env keeps the developer's shell (ADMIN_OPENIDS, TEMPLATE_*) out of the test.
    env: {},
    now: () => options.now,
  });
  try {
    await seedDemo(runtime.store, options.now);
  } catch (error) {
    runtime.store.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const calls: CloudCall[] = [];
  let pending = 0;

  return {
    calls,
    get pending() {
      return pending;
    },
    async call({ name, data: sent }) {
      // The platform carries data and result as JSON, which drops undefined fields and revives no classes.
      const data: unknown = JSON.parse(JSON.stringify(sent ?? {}));
      calls.push({ name, data });
      const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name as FunctionName] : undefined;
      // On the device an unknown function name rejects the call itself; the client maps that to 'network'.
      if (!fn) throw new Error(`cloud.callFunction:fail FunctionName parameter could not be found: ${name}`);
      pending += 1;
      try {
        const envelope = await runtime.identity.runAs(options.openid, () => fn.handle(data, runtime));
        const result: unknown = JSON.parse(JSON.stringify(envelope));
        return { result, errMsg: 'cloud.callFunction:ok', requestID: `weapp-test-${calls.length}` };
      } finally {
        pending -= 1;
      }
    },
    close() {
      runtime.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The functions run on Node 20, but jest's jsdom realm lacks some of Node's
 * globals (structuredClone, used by the store's patches). vm's "this context" is
 * the Node process's own realm, so this hands over Node's real implementation
 * rather than a look-alike.
 */
function provideNodeGlobals(): void {
  const realm = globalThis as Record<string, unknown>;
  for (const name of ['structuredClone']) {
    if (realm[name] === undefined) realm[name] = runInThisContext(name);
  }
}
