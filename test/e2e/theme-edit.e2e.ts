/**
 * Issue 13, content is data: an organizer edits the year's theme through the
 * app (安全知识 → 编辑年度主题 → the year → 保存并发布), a blank theme is refused
 * in Chinese, and the citizen's home and 历年主题 show the edit, as does the
 * organizer's own home when they return to it.
 */
import type { Locator, Page } from 'playwright-core';
import { screenshot, startE2E, tap, type E2E } from './harness';

const THEME_2026 = '人人讲安全、个个会应急——排查整治风险隐患';

// Taro H5 keeps earlier pages of the stack in the DOM, hidden: only the one on screen counts.
const shown = (page: Page, selector: string): Locator => page.locator(selector).filter({ visible: true });

async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await shown(page, selector).filter({ hasText: expected }).first().waitFor({ timeout: 15_000 });
}

const tab = (page: Page, label: string) => tap(page.locator('.weui-tabbar__item', { hasText: label }));

describe('编辑年度主题 in Chromium (H5)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('an organizer edits the 2026 theme in the app and the citizen home and 历年主题 show it', async () => {
    const stamp = Date.now().toString(36).slice(-4);
    const title = `人人讲安全、个个会应急——查找身边隐患${stamp}`;

    const organizer = await e2e.newPage();
    let page = organizer.page;
    await e2e.open(page, '/pages/home/index');
    await waitForText(page, '#current-theme', THEME_2026);
    await tab(page, '我的');
    await tap(shown(page, '#signin-organizer'));
    await waitForText(page, '#my-roles', '组织者');

    await tab(page, '安全知识');
    await tap(shown(page, '#edit-theme'));
    await tap(shown(page, '.theme-pick').filter({ hasText: '2026年' }));
    // The form fills in after the theme loads; typing before that would be overwritten.
    await page.waitForFunction((expected) => {
      const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('#theme-title-input input'));
      return inputs.find((i) => i.offsetParent)?.value === expected;
    }, THEME_2026);

    await shown(page, '#theme-title-input input').fill(' ');
    await tap(shown(page, '#save-theme'));
    await waitForText(page, '#theme-title', '请填写主题');

    await shown(page, '#theme-title-input input').fill(title);
    const activities = shown(page, '#theme-activities-input textarea');
    await activities.fill(`${await activities.inputValue()}\n\n社区应急演练\n每个社区至少组织一次疏散演练。`);
    await screenshot(page, 'theme-editor');
    await tap(shown(page, '#save-theme'));
    // The save is confirmed on screen before the editor goes back (Taro hides a toast on a route change).
    await page.locator('.taro__toast p', { hasText: '已保存并发布' }).filter({ visible: true }).waitFor();
    await expect(shown(page, '#save-theme').count()).resolves.toBe(1);
    await waitForText(page, '.page', '选择要编辑的年份');

    // Back to the 安全知识 tab, then the home tab: the organizer sees what they saved.
    await page.goBack();
    await tab(page, '主题');
    await waitForText(page, '#current-theme', title);
    await organizer.context.close();

    const citizen = await e2e.newPage();
    page = citizen.page;
    await e2e.open(page, '/pages/home/index');
    await waitForText(page, '#current-theme', title);
    await waitForText(page, '.page', '社区应急演练');
    await screenshot(page, 'theme-edited-home');
    await tap(shown(page, '#open-history'));
    await waitForText(page, '.theme-item', title);
    await citizen.context.close();
    expect(e2e.pageErrors).toEqual([]);
  });
});
