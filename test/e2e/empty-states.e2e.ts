import type { Locator, Page } from 'playwright-core';
import { contextAs, screenshot, settledText, startE2E, tap, type E2E } from './harness';

/**
 * Issue 13: an empty list shows our own picture (shipped in the package, so it
 * loads offline) and one line in a government service's words, never NutUI's
 * retailer-CDN image or a bare grey line: the handler's queue tabs, a new
 * citizen's lists.
 */
describe('empty states use our own picture (H5)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  /** The empty state's text, after checking its picture loaded from this site. */
  async function emptyStateOn(scope: Page | Locator): Promise<string> {
    const state = scope.locator('.empty-state').first();
    await state.waitFor();
    const image = await state.locator('img').evaluate((img: HTMLImageElement) => ({
      loaded: img.complete && img.naturalWidth > 0,
      sameSite: new URL(img.currentSrc || img.src, window.location.href).origin === window.location.origin,
    }));
    expect(image).toEqual({ loaded: true, sameSite: true });
    return (await state.innerText()).trim();
  }

  it('the handler queue: a tab with no reports', async () => {
    const page = await (await contextAs(e2e, 'handler')).newPage();
    await e2e.open(page, '/packageHandler/pages/queue/index');
    await settledText(page);
    await tap(page.locator('#tab-done'));
    await page.locator('#queue-empty').waitFor();
    expect(await emptyStateOn(page.locator('#queue-empty'))).toBe('没有已办结的举报');
    await screenshot(page, 'empty-handler-queue');
  });

  it.each([
    ['/pages/registrations/index', '还没有报名记录'],
    ['/packageReport/pages/my-reports/index', '还没有举报记录'],
    ['/pages/my-checkins/index', '还没有参加过“七进”活动'],
  ])('a new citizen: %s', async (route, text) => {
    const page = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(page, route);
    expect(await emptyStateOn(page)).toContain(text);
  });
});
