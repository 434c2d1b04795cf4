/**
 * `npm run test:cloudbase`: the store contract against a real CloudBase
 * environment. Run by tsx, this file checks for credentials and, when they are
 * there, starts jest on itself; loaded by jest, it declares the suite. The
 * default jest projects never match it (`.run.ts`), so `npm test` needs no
 * credentials.
 *
 * The environment needs the collections in CONTRACT_COLLECTIONS (created here if
 * missing). CONTRACT_DECREMENTS lowers the 1,000 concurrent decrements if the
 * environment's request limits refuse them.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { database, initCloud } from '../../cloud/adapters/cloudbase/sdk';
import { CloudbaseStore } from '../../cloud/adapters/cloudbase/store';
import { CONTRACT_COLLECTIONS, describeStoreContract } from './store-contract';

const root = resolve(__dirname, '../..');
const { TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;

function launch(): void {
  if (!TCB_ENV || !TENCENTCLOUD_SECRETID || !TENCENTCLOUD_SECRETKEY) {
    console.log('CloudBase contract suite NOT run: set TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY');
    return;
  }
  const { projects } = require('../../jest.config.js') as { projects: Record<string, unknown>[] };
  const unit = projects.find((p) => p.displayName === 'unit');
  const config = {
    ...unit,
    displayName: 'cloudbase',
    testMatch: ['<rootDir>/test/contract/cloudbase-store.run.ts'],
    // Every operation is a round trip to the environment.
    testTimeout: 600_000,
  };
  const jest = spawnSync('npx', ['jest', '--config', JSON.stringify(config), '--runInBand'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exitCode = jest.status ?? 1;
}

function declareSuite(): void {
  initCloud({ env: TCB_ENV ?? '', secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY });
  const db = database();
  const decrements = Number(process.env.CONTRACT_DECREMENTS) || undefined;
  describeStoreContract(
    `CloudbaseStore on ${TCB_ENV}`,
    async () => {
      const admin = db as unknown as { createCollection(name: string): Promise<unknown> };
      // An existing collection answers an error here, which is the state we want.
      for (const name of CONTRACT_COLLECTIONS) await admin.createCollection(name).catch(() => undefined);
      return new CloudbaseStore(db);
    },
    () => undefined,
    { decrements },
  );
}

if (process.env.JEST_WORKER_ID === undefined) launch();
else declareSuite();
