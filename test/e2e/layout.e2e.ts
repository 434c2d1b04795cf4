import { layoutFaults } from '../support/layout-faults';
import { walkData, walkPages, type WalkData, type WalkPage } from '../support/page-walk';
import { contextAs, screenshot, settledText, startE2E, tap, type E2E } from './harness';

const ROLES = ['citizen', 'organizer', 'handler', 'admin'] as const;

/** Every route as the role it is for, and 我的 (whose rows differ by role) as every role. */
function pagesFor(data: WalkData, role: (typeof ROLES)[number]): WalkPage[] {
  const own = walkPages(data).filter((p) => p.role === role);
  if (role === 'citizen') return own;
  return [...own, { name: `me-${role}`, route: '/pages/me/index', role }];
}

/**
 * Issue 13's look-and-feel kind, on every page at 390×844 on real data: tap
 * targets at least 44×44 px, buttons 8 px apart and never touching a field or
 * picture, tags on one line, no text off the screen, no emoji drawn as a
 * missing-glyph box, no internal words (openid, token, undefined…).
 */
describe('every page is laid out for a thumb at 390×844 (H5)', () => {
  let e2e: E2E;
  let data: WalkData;

  beforeAll(async () => {
    e2e = await startE2E();
    data = await walkData(e2e.host);
  }, 120_000);
  afterAll(() => e2e?.close());

  it.each(ROLES)(
    'every page as %s',
    async (role) => {
      const context = await contextAs(e2e, role, { session: data.sessions[role] });
      const seen: Record<string, string[]> = {};
      for (const { name, route } of pagesFor(data, role)) {
        // A fresh page per route: Taro's H5 router keeps earlier pages hidden in the document.
        const page = await context.newPage();
        await e2e.open(page, route);
        await settledText(page);
        const faults = await layoutFaults(page);
        if (faults.length) {
          seen[route] = faults;
          await screenshot(page, `layout-${name}`);
        }
        await page.close();
      }
      await context.close();
      expect(seen).toEqual({});
    },
    300_000,
  );

  // What a button brings onto the page is part of the page: the unit's quiz code, the event's poster.
  it.each([
    ['/packageOrganizer/pages/quiz-admin/index', '生成答题码', '#quiz-unit-link'],
    ['event-admin', '现场海报二维码', '.event-ticket'],
  ])('%s after 「%s」', async (route, label, shown) => {
    const page = await (await contextAs(e2e, 'organizer')).newPage();
    await e2e.open(
      page,
      route === 'event-admin' ? `/packageOrganizer/pages/event-admin/index?id=${data.eventId}` : route,
    );
    await settledText(page);
    await tap(page.locator('taro-button-core', { hasText: label }));
    await page.locator(shown).waitFor();
    const faults = await layoutFaults(page);
    if (faults.length) await screenshot(page, `layout-after-${label}`);
    expect(faults).toEqual([]);
  });
});
