import { CloudbaseStore } from '../../cloud/adapters/cloudbase/store';
import { FakeCloudDb } from './fake-cloudbase';
import { describeStoreContract } from './store-contract';

/**
 * CloudbaseStore's own logic (translation, guarded updates, the no-op check,
 * transaction inserts) against an in-memory stand-in that serialises through
 * the real SDK. `npm run test:cloudbase` runs the same contract on a real
 * environment.
 */
describeStoreContract(
  'CloudbaseStore on the in-memory CloudBase stand-in',
  () => new CloudbaseStore(new FakeCloudDb()),
);

describeStoreContract(
  'CloudbaseStore on the stand-in with 3 ms per call, so concurrent callers overlap as over a network',
  () => new CloudbaseStore(new FakeCloudDb({ latencyMs: 3 })),
);

describe('CloudbaseStore details the contract cannot see', () => {
  it('reads a missing document as null even when the SDK throws for it', async () => {
    const store = new CloudbaseStore(new FakeCloudDb({ throwOnNotFound: true }));
    expect(await store.get('docs', 'nothing')).toBeNull();
    expect(await store.update('docs', 'nothing', { set: { a: 1 } })).toBe(false);
    expect(await store.transaction((tx) => tx.get('docs', 'nothing'))).toBeNull();
  });

  it('asks for an explicit page size, since the server answers 100 by default', async () => {
    const store = new CloudbaseStore(new FakeCloudDb());
    for (let i = 0; i < 150; i += 1) await store.insert('docs', { _id: `d${String(i).padStart(3, '0')}`, i });
    expect(await store.find('docs', {})).toHaveLength(150);
    expect((await store.find('docs', {}, { limit: 5000 })).length).toBe(150);
    expect(await store.find('docs', {}, { limit: 0 })).toEqual([]);
  });

  it('gives up a transaction that keeps conflicting after 3 re-runs, as CloudBase does', async () => {
    const db = new FakeCloudDb({ latencyMs: 2 });
    const store = new CloudbaseStore(db);
    await store.insert('docs', { _id: 'hot', n: 0 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        store.transaction(async (tx) => {
          const doc = await tx.get<{ _id: string; n: number }>('docs', 'hot');
          await tx.update('docs', 'hot', { set: { n: (doc?.n ?? 0) + 1 } });
        }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected').length;
    expect(failed).toBeGreaterThan(0);
    expect((await store.get<{ _id: string; n: number }>('docs', 'hot'))?.n).toBe(20 - failed);
  });

  it('counts one round trip per call and waits the latency on each', async () => {
    const db = new FakeCloudDb({ latencyMs: 20 });
    const store = new CloudbaseStore(db);
    const started = Date.now();
    await store.insert('docs', { _id: 'a', n: 1 });
    await store.get('docs', 'a');
    expect(db.calls).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(38);
  });

  it('refuses a guard on another _id without touching the database', async () => {
    const db = new FakeCloudDb();
    const store = new CloudbaseStore(db);
    await store.insert('docs', { _id: 'a', n: 1 });
    expect(await store.update('docs', 'a', { inc: { n: 1 } }, { _id: 'b' })).toBe(false);
    expect(await store.update('docs', 'a', { inc: { n: 1 } }, { _id: 'a' })).toBe(true);
    expect(await store.get('docs', 'a')).toEqual({ _id: 'a', n: 2 });
  });
});
