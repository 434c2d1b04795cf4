import { internalsIn, walkData, walkPages, type WalkData } from '../support/page-walk';
import { contextAs, settledText, startE2E, type E2E } from './harness';

const ROLES = ['citizen', 'organizer', 'handler', 'admin'] as const;

/**
 * Issue 13: no page shows an openid, a routing rule id or a seeds/ path, whoever
 * opens it. Every route of the route table, as every role, on real data.
 */
describe('no internal identifiers on any page (H5)', () => {
  let e2e: E2E;
  let data: WalkData;

  beforeAll(async () => {
    e2e = await startE2E();
    data = await walkData(e2e.host);
  }, 120_000);
  afterAll(() => e2e?.close());

  it.each(ROLES)(
    'every route as %s',
    async (role) => {
      const context = await contextAs(e2e, role, { session: data.sessions[role] });
      const page = await context.newPage();
      const seen: Record<string, string[]> = {};
      for (const { route } of walkPages(data)) {
        await e2e.open(page, route);
        const found = internalsIn(await settledText(page), data);
        if (found.length) seen[route] = found;
      }
      await context.close();
      expect(seen).toEqual({});
    },
    300_000,
  );
});
