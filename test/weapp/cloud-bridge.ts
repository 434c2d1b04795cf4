import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { FunctionName } from '@domain/api';
import { UPLOAD_PATH } from '../../cloud/core/uploads';
import { createLocalRuntime } from '../../cloud/adapters/local/runtime';
import { FUNCTIONS } from '../../cloud/functions/registry';
import { seedDemo } from '../../cloud/host/demo';

export interface CloudCall {
  name: string;
  data: unknown;
}

export interface CloudBridge {
  /** The moment the functions run at (ms since epoch, frozen): the phone's clock shows the same. */
  readonly now: number;
  /** What `wx.cloud.callFunction` resolves with on the device: `{ result }`, the function's envelope. */
  call(call: CloudCall): Promise<{ result: unknown; errMsg: string; requestID: string }>;
  /**
   * What `wx.cloud.uploadFile` does on CloudBase: writes `bytes` at `cloudPath` under the
   * storage rules (only `uploads/<32 hex>/<slot>.jpg|png`, a file is its uploader's alone)
   * and resolves with the file id; a refused write rejects as the platform does.
   */
  upload(file: {
    cloudPath: string;
    bytes: Uint8Array;
  }): Promise<{ fileID: string; statusCode: number; errMsg: string }>;
  /** The person the platform says is calling from now on (a phone handed to another person). */
  signIn(openid: string): void;
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
export async function createCloudBridge(options: {
  openid: string;
  now: number;
  /** Function configuration, e.g. `TEMPLATE_REPORT_STATUS` so the pages have a subscribe template to ask for. */
  env?: Record<string, string>;
}): Promise<CloudBridge> {
  provideNodeGlobals();
  const dataDir = mkdtempSync(join(tmpdir(), 'safety-month-weapp-'));
  const runtime = createLocalRuntime({
    dataDir,
    publicBase: () => 'http://127.0.0.1',
    // An empty env keeps the developer's shell (ADMIN_OPENIDS, TEMPLATE_*) out of the test.
    env: { ...options.env },
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
  let openid = options.openid;
  /** Who wrote each upload: the storage rule `resource.openid == auth.openid`. */
  const uploaders = new Map<string, string>();

  return {
    now: options.now,
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
        const envelope = await runtime.identity.runAs(openid, () => fn.handle(data, runtime));
        const result: unknown = JSON.parse(JSON.stringify(envelope));
        return { result, errMsg: 'cloud.callFunction:ok', requestID: `weapp-test-${calls.length}` };
      } finally {
        pending -= 1;
      }
    },
    async upload({ cloudPath, bytes }) {
      if (!UPLOAD_PATH.test(cloudPath) || (uploaders.get(cloudPath) ?? openid) !== openid) {
        throw new Error(`cloud.uploadFile:fail permission denied: ${cloudPath}`);
      }
      uploaders.set(cloudPath, openid);
      const type = cloudPath.endsWith('.png') ? 'image/png' : 'image/jpeg';
      const stored = await runtime.files.put(cloudPath, Buffer.from(bytes), type);
      return { fileID: stored.fileId, statusCode: 200, errMsg: 'cloud.uploadFile:ok' };
    },
    signIn(next) {
      openid = next;
    },
    close() {
      runtime.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The functions run on Node 20, but jest's jsdom realm lacks some of Node's
 * globals (structuredClone, used by the store's patches; TextEncoder, used by
 * the ticket's QR code). vm's "this context" is
 * the Node process's own realm, so this hands over Node's real implementation
 * rather than a look-alike.
 */
function provideNodeGlobals(): void {
  const realm = globalThis as Record<string, unknown>;
  for (const name of ['structuredClone', 'TextEncoder', 'TextDecoder']) {
    if (realm[name] === undefined) realm[name] = runInThisContext(name);
  }
}
