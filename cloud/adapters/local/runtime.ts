import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, type Runtime } from '../../core/runtime';
import type { Store } from '../../ports/store';
import { HttpOutbound } from '../http-outbound';
import { ListContentSecurity, mediaVerdictOf } from './content-security';
import { DiskFiles } from './disk-files';
import { RequestIdentity } from './identity';
import { RecordedNotifications } from './notifications';
import { UrlQrCodes } from './qrcodes';
import { SqliteStore } from './sqlite-store';

/** A store the host can close when it stops. */
export type ClosableStore = Store & { close(): void };

export interface LocalRuntime extends Runtime {
  store: ClosableStore;
  contentSecurity: ListContentSecurity;
  identity: RequestIdentity;
}

export interface LocalOptions {
  dataDir: string;
  /** The address the H5 app is served at, for QR codes and file URLs (known once the host listens). */
  publicBase: () => string;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /**
   * The document store; SQLite in `dataDir` when omitted. Tests pass CloudbaseStore
   * over the in-memory CloudBase stand-in here, so the same functions run on both engines.
   */
  store?: ClosableStore;
}

/** The embedded adapter set: everything on the developer's disk, nothing from the network. */
export function createLocalRuntime(options: LocalOptions): LocalRuntime {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? Date.now;
  const store = options.store ?? new SqliteStore(join(options.dataDir, 'store.sqlite'));
  const env = options.env ?? process.env;
  const config = readConfig(env);
  return {
    store,
    identity: new RequestIdentity(),
    files: new DiskFiles(join(options.dataDir, 'files'), options.publicBase),
    qrcodes: new UrlQrCodes(options.publicBase),
    notifications: new RecordedNotifications(store, now),
    contentSecurity: new ListContentSecurity(mediaVerdictOf(env)),
    outbound: new HttpOutbound(),
    clock: { now },
    config: {
      ...config,
      adminOpenids: config.adminOpenids.length ? config.adminOpenids : [DEV_USERS.admin],
      signingSecret: config.signingSecret || 'local-development-secret',
    },
  };
}

/** The dev sign-in's fixed accounts; citizens get a fresh id each. */
export const DEV_USERS = {
  admin: 'dev-admin',
  organizer: 'dev-organizer',
  handler: 'dev-handler',
} as const;
