import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalRuntime, type ClosableStore, type LocalRuntime } from '../adapters/local/runtime';
import { FUNCTIONS } from '../functions/registry';
import { runTrigger } from '../functions/reports/triggers';
import { seedDemo } from './demo';
import { createHost } from './server';

export interface LocalHost {
  url: string;
  runtime: LocalRuntime;
  server: Server;
  close(): Promise<void>;
}

/** Starts the local cloud on loopback with demo data; port 0 picks a free port (tests). */
export async function startLocalHost(options: {
  dataDir: string;
  port: number;
  staticDir?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** Another store than the SQLite file in `dataDir` (tests: CloudbaseStore over the stand-in). */
  store?: ClosableStore;
}): Promise<LocalHost> {
  let publicBase = `http://127.0.0.1:${options.port}`;
  const runtime = createLocalRuntime({
    dataDir: options.dataDir,
    publicBase: () => publicBase,
    env: options.env,
    now: options.now,
    store: options.store,
  });
  // Local photo verdicts reach the reports function the way the platform's push does.
  runtime.contentSecurity.onPush((event) => runTrigger(event, runtime));
  await seedDemo(runtime.store, runtime.clock.now());
  const server = createHost({ runtime, functions: FUNCTIONS, staticDir: options.staticDir, dataDir: options.dataDir });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A venue's QR moment opens hundreds of connections at once; Node's default backlog (511) resets some.
    server.listen({ port: options.port, host: '127.0.0.1', backlog: 4096 }, () => resolve());
  });
  publicBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: publicBase,
    runtime,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          runtime.store.close();
          resolve();
        });
      }),
  };
}
