/**
 * The Store port's contract, run against every adapter (SQLite, CloudBase, the
 * in-memory CloudBase stand-in). Function code relies on exactly these
 * behaviours, so an adapter that passes here can replace another.
 *
 * Every document carries a per-run scope and every query filters on it, so the
 * suite can share a real CloudBase environment with other runs; the documents it
 * created are removed afterwards.
 */
import type { DocOps, Filter, Store, StoredDoc } from '../../cloud/ports/store';

/** The collections the suite writes; a CloudBase environment must have them. */
export const CONTRACT_COLLECTIONS = ['contractDocs', 'contractOther', 'contractSeats'] as const;
const [DOCS, OTHER, SEATS] = CONTRACT_COLLECTIONS;

interface Item extends StoredDoc {
  scope: string;
  n?: number;
  s?: string;
  flag?: boolean;
  opt?: string | null;
  meta?: { level?: number; label?: string };
  stats?: Record<string, unknown>;
  tags?: string[];
  title?: string;
  fresh?: number;
}

export interface ContractOptions {
  /** Guarded decrements fired at once in the concurrency case (1,000 unless a slow backend needs fewer). */
  decrements?: number;
}

export function describeStoreContract(
  label: string,
  makeStore: () => Store | Promise<Store>,
  cleanup: (store: Store) => void | Promise<void> = () => undefined,
  options: ContractOptions = {},
): void {
  describe(`Store contract: ${label}`, () => {
    const run = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const created: [string, string][] = [];
    let store: Store;
    let serial = 0;

    const scope = () => `${run}-s${++serial}`;
    const track = (collection: string, id: string) => created.push([collection, id]);
    const item = (scopeId: string, hint: string, fields: Partial<Item> = {}): Item => ({
      _id: `${scopeId}-${hint}`,
      scope: scopeId,
      ...fields,
    });
    async function seed<T extends StoredDoc>(collection: string, doc: T): Promise<T> {
      track(collection, doc._id);
      expect(await store.insert(collection, doc)).toBe(true);
      return doc;
    }

    beforeAll(async () => {
      store = await makeStore();
    });

    afterAll(async () => {
      if (!store) return;
      for (const [collection, id] of created) await store.remove(collection, id);
      await cleanup(store);
    });

    describe('documents by id', () => {
      it('get answers null for an id that was never stored', async () => {
        expect(await store.get(DOCS, `${scope()}-nothing`)).toBeNull();
      });

      it('insert stores the document exactly and get reads it back', async () => {
        const doc = item(scope(), 'a', { n: 1, s: 'x', flag: false, opt: null, meta: { level: 2 }, tags: ['p', 'q'] });
        await seed(DOCS, doc);
        expect(await store.get(DOCS, doc._id)).toEqual(doc);
      });

      it('insert refuses an existing id and leaves the original intact', async () => {
        const original = await seed(DOCS, item(scope(), 'dup', { n: 1, s: 'original' }));
        expect(await store.insert(DOCS, { ...original, n: 2, s: 'intruder' })).toBe(false);
        expect(await store.get(DOCS, original._id)).toEqual(original);
      });

      it('remove answers whether a document was there to remove', async () => {
        const doc = await seed(DOCS, item(scope(), 'gone'));
        expect(await store.remove(DOCS, doc._id)).toBe(true);
        expect(await store.get(DOCS, doc._id)).toBeNull();
        expect(await store.remove(DOCS, doc._id)).toBe(false);
      });
    });

    describe('update', () => {
      it('applies set and inc, on top-level and dotted paths, leaving other fields alone', async () => {
        const doc = await seed(DOCS, item(scope(), 'u', { n: 1, s: 'keep', stats: { seats: 2, label: 'a' } }));
        const ok = await store.update(DOCS, doc._id, {
          set: { 'stats.label': 'b', title: 't' },
          inc: { n: 2, 'stats.seats': -1, fresh: 3 },
        });
        expect(ok).toBe(true);
        expect(await store.get(DOCS, doc._id)).toEqual({
          ...doc,
          n: 3,
          title: 't',
          fresh: 3,
          stats: { seats: 1, label: 'b' },
        });
      });

      it('set replaces an object value instead of merging into it', async () => {
        const doc = await seed(DOCS, item(scope(), 'obj', { stats: { seats: 2, label: 'a' } }));
        expect(await store.update(DOCS, doc._id, { set: { stats: { seats: 9 } } })).toBe(true);
        expect((await store.get<Item>(DOCS, doc._id))?.stats).toEqual({ seats: 9 });
      });

      it('answers true for a matching document that already holds the values', async () => {
        const doc = await seed(DOCS, item(scope(), 'same', { s: 'v', n: 1 }));
        expect(await store.update(DOCS, doc._id, { set: { s: 'v' } }, { n: 1 })).toBe(true);
        expect(await store.update(DOCS, doc._id, {}, { n: 1 })).toBe(true);
        expect(await store.update(DOCS, doc._id, { set: { s: 'v' } }, { n: 2 })).toBe(false);
        expect(await store.get(DOCS, doc._id)).toEqual(doc);
      });

      it('answers false for a missing document and creates nothing', async () => {
        const id = `${scope()}-missing`;
        track(DOCS, id);
        expect(await store.update(DOCS, id, { set: { s: 'x' }, inc: { n: 1 } })).toBe(false);
        expect(await store.get(DOCS, id)).toBeNull();
      });

      it('a guard that fails answers false and changes nothing; one that holds applies the patch', async () => {
        const doc = await seed(DOCS, item(scope(), 'g', { n: 1, s: 'open', meta: { level: 2 } }));
        const patch = { set: { s: 'closed' }, inc: { n: 1 } };
        const failing: Filter[] = [
          { n: { $gt: 5 } },
          { s: 'closed' },
          { s: { $in: ['x', 'y'] } },
          { s: { $ne: 'open' } },
          { 'meta.level': { $lt: 2 } },
          { n: 1, s: 'other' },
        ];
        for (const guard of failing) {
          expect([guard, await store.update(DOCS, doc._id, patch, guard)]).toEqual([guard, false]);
        }
        expect(await store.get(DOCS, doc._id)).toEqual(doc);
        const holding: Filter = { s: 'open', n: { $gte: 1, $lt: 2 }, 'meta.level': 2, opt: null };
        expect(await store.update(DOCS, doc._id, patch, holding)).toBe(true);
        expect(await store.get(DOCS, doc._id)).toEqual({ ...doc, s: 'closed', n: 2 });
      });
    });

    describe('queries', () => {
      const q = scope();
      const ids = (docs: StoredDoc[]) => docs.map((d) => d._id.slice(q.length + 1));
      const docs: Item[] = [
        item(q, 'q1', { n: 1, s: 'a', flag: true, meta: { level: 1 }, opt: null }),
        item(q, 'q2', { n: 2, s: 'b', flag: false, meta: { level: 2 } }),
        item(q, 'q3', { n: 3, s: 'b', flag: true, meta: { level: 2 }, opt: 'x' }),
        item(q, 'q4', { n: 4, s: 'c', flag: false, meta: { level: 3 }, opt: 'y' }),
        item(q, 'q5', { n: 5, s: 'd', flag: true, meta: { level: 3 } }),
      ];

      beforeAll(async () => {
        // Inserted out of order so that no adapter passes by returning insertion order.
        for (const doc of [docs[3], docs[0], docs[4], docs[2], docs[1]]) await seed(DOCS, doc);
      });

      it.each<[string, Filter, string[]]>([
        ['no condition', {}, ['q1', 'q2', 'q3', 'q4', 'q5']],
        ['string equality', { s: 'b' }, ['q2', 'q3']],
        ['boolean equality', { flag: true }, ['q1', 'q3', 'q5']],
        ['$gt', { n: { $gt: 3 } }, ['q4', 'q5']],
        ['$gte', { n: { $gte: 3 } }, ['q3', 'q4', 'q5']],
        ['$lt', { n: { $lt: 2 } }, ['q1']],
        ['$lte', { n: { $lte: 2 } }, ['q1', 'q2']],
        ['a range on one field', { n: { $gt: 1, $lte: 4 } }, ['q2', 'q3', 'q4']],
        ['a string range', { s: { $gte: 'b', $lt: 'd' } }, ['q2', 'q3', 'q4']],
        ['$ne', { s: { $ne: 'b' } }, ['q1', 'q4', 'q5']],
        ['$in', { s: { $in: ['a', 'c', 'z'] } }, ['q1', 'q4']],
        ['$in with nothing', { s: { $in: [] } }, []],
        ['null (also a missing field)', { opt: null }, ['q1', 'q2', 'q5']],
        ['$ne null', { opt: { $ne: null } }, ['q3', 'q4']],
        ['a dotted path', { 'meta.level': 2 }, ['q2', 'q3']],
        ['conditions on several fields', { 'meta.level': { $gte: 2 }, flag: false }, ['q2', 'q4']],
        ['_id', { _id: `${q}-q3` }, ['q3']],
      ])('find and count by %s', async (_name, filter, expected) => {
        const scoped = { ...filter, scope: q };
        expect(ids(await store.find(DOCS, scoped)).sort()).toEqual(expected);
        expect(await store.count(DOCS, scoped)).toBe(expected.length);
      });

      it('orders by one or several fields', async () => {
        expect(ids(await store.find(DOCS, { scope: q }, { orderBy: [['n', 'desc']] }))).toEqual([
          'q5',
          'q4',
          'q3',
          'q2',
          'q1',
        ]);
        const bySThenN = await store.find(
          DOCS,
          { scope: q },
          {
            orderBy: [
              ['s', 'asc'],
              ['n', 'desc'],
            ],
          },
        );
        expect(ids(bySThenN)).toEqual(['q1', 'q3', 'q2', 'q4', 'q5']);
      });

      it('pages with skip and limit, in a stable order even without orderBy', async () => {
        expect(ids(await store.find(DOCS, { scope: q }, { orderBy: [['n', 'asc']], skip: 1, limit: 2 }))).toEqual([
          'q2',
          'q3',
        ]);
        const pages = [];
        for (let skip = 0; skip < 5; skip += 2)
          pages.push(...ids(await store.find(DOCS, { scope: q }, { skip, limit: 2 })));
        expect(pages.sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
      });
    });

    describe('transactions', () => {
      it('commit every write together and answer what the work answered', async () => {
        const s = scope();
        const from = await seed(DOCS, item(s, 'from', { n: 10 }));
        const to = await seed(OTHER, item(s, 'to', { n: 0 }));
        const old = await seed(DOCS, item(s, 'old'));
        const log = item(s, 'log', { s: 'moved 4' });
        track(OTHER, log._id);
        const answer = await store.transaction(async (tx) => {
          const source = await tx.get<Item>(DOCS, from._id);
          expect(source?.n).toBe(10);
          expect(await tx.update(DOCS, from._id, { inc: { n: -4 } }, { n: { $gte: 4 } })).toBe(true);
          expect(await tx.update(OTHER, to._id, { inc: { n: 4 } })).toBe(true);
          expect(await tx.insert(OTHER, log)).toBe(true);
          expect(await tx.remove(DOCS, old._id)).toBe(true);
          expect((await tx.get<Item>(DOCS, from._id))?.n).toBe(6);
          return 'moved';
        });
        expect(answer).toBe('moved');
        expect((await store.get<Item>(DOCS, from._id))?.n).toBe(6);
        expect((await store.get<Item>(OTHER, to._id))?.n).toBe(4);
        expect(await store.get(OTHER, log._id)).toEqual(log);
        expect(await store.get(DOCS, old._id)).toBeNull();
      });

      it('roll every write back when the work throws, and pass the error on', async () => {
        const s = scope();
        const account = await seed(DOCS, item(s, 'acct', { n: 10 }));
        const kept = await seed(DOCS, item(s, 'kept'));
        const draft = item(s, 'draft');
        track(DOCS, draft._id);
        const failure = store.transaction(async (tx) => {
          await tx.insert(DOCS, draft);
          await tx.update(DOCS, account._id, { inc: { n: -10 } });
          await tx.remove(DOCS, kept._id);
          throw new Error('stop here');
        });
        await expect(failure).rejects.toThrow('stop here');
        expect(await store.get(DOCS, draft._id)).toBeNull();
        expect(await store.get(DOCS, account._id)).toEqual(account);
        expect(await store.get(DOCS, kept._id)).toEqual(kept);
      });

      it('answer false for a taken id or a failing guard and still commit the rest', async () => {
        const s = scope();
        const counter = await seed(DOCS, item(s, 'counter', { n: 3 }));
        const note = item(s, 'note');
        track(DOCS, note._id);
        const answers = await store.transaction(async (tx) => [
          // The daily-counter idiom: create if absent, then a guarded increment.
          await tx.insert(DOCS, item(s, 'counter', { n: 0 })),
          await tx.update(DOCS, counter._id, { inc: { n: 1 } }, { n: { $lt: 3 } }),
          await tx.update(DOCS, `${s}-absent`, { inc: { n: 1 } }),
          await tx.remove(DOCS, `${s}-absent`),
          await tx.insert(DOCS, note),
        ]);
        expect(answers).toEqual([false, false, false, false, true]);
        expect(await store.get(DOCS, counter._id)).toEqual(counter);
        expect(await store.get(DOCS, note._id)).toEqual(note);
      });

      it('never lose an update when transactions read and write the same document at once', async () => {
        const counter = await seed(DOCS, item(scope(), 'rmw', { n: 0 }));
        const increment = (tx: DocOps) =>
          tx
            .get<Item>(DOCS, counter._id)
            .then((current) => tx.update(DOCS, counter._id, { set: { n: (current?.n ?? 0) + 1 } }));
        const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => store.transaction(increment)));
        const committed = outcomes.filter((o) => o.status === 'fulfilled').length;
        expect(committed).toBeGreaterThan(0);
        expect((await store.get<Item>(DOCS, counter._id))?.n).toBe(committed);
      });
    });

    it('guarded decrements fired at once never oversell', async () => {
      const attempts = options.decrements ?? 1000;
      const seats = Math.max(1, Math.floor(attempts / 10));
      const event = await seed(SEATS, { _id: `${scope()}-event`, scope: run, seatsLeft: seats });
      const results = await Promise.all(
        Array.from({ length: attempts }, () =>
          store.update(SEATS, event._id, { inc: { seatsLeft: -1 } }, { seatsLeft: { $gt: 0 } }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(seats);
      expect(await store.get(SEATS, event._id)).toEqual({ ...event, seatsLeft: 0 });
    });
  });
}
