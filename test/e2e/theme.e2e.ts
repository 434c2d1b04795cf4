/**
 * The theme journey in the H5 build, driven the way a person uses it: read this
 * year's theme, the history, 七进 and an article; an organizer edits the article
 * and a citizen then reads the edit; a blank title is refused in Chinese.
 */
import type { Locator, Page } from 'playwright-core';
import type { Article } from '@domain/content/types';
import { screenshot, startE2E, tap, type E2E } from './harness';

const THEME_2026 = '人人讲安全、个个会应急——排查整治风险隐患';
const HISTORY: [number, string][] = [
  [2025, '人人讲安全、个个会应急——查找身边安全隐患'],
  [2024, '人人讲安全、个个会应急——畅通生命通道'],
  [2023, '人人讲安全、个个会应急'],
  [2022, '遵守安全生产法 当好第一责任人'],
  [2021, '落实安全责任，推动安全发展'],
];
const SEVEN = ['进企业', '进农村', '进社区', '进学校', '进家庭', '进机关', '进公共场所'];

// Taro H5 keeps earlier pages of the stack in the DOM, hidden: only the one on screen counts.
const shown = (page: Page, selector: string): Locator => page.locator(selector).filter({ visible: true });

async function textOf(page: Page, selector: string): Promise<string> {
  const target = shown(page, selector).first();
  await target.waitFor();
  return (await target.innerText()).trim();
}

/** Waits until the element on screen shows `expected` (data arrives after the first paint). */
async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  const target = shown(page, selector).first();
  try {
    await target.filter({ hasText: expected }).waitFor({ timeout: 15000 });
  } catch {
    const actual = (await target.count()) ? await target.innerText() : '(not on screen)';
    throw new Error(`expected ${selector} to show “${expected}”, it shows: ${actual}`);
  }
}

async function tab(page: Page, label: string): Promise<void> {
  await tap(page.locator('.weui-tabbar__item', { hasText: label }));
}

async function signInAs(page: Page, role: 'citizen' | 'organizer', label: string): Promise<void> {
  await tab(page, '我的');
  await tap(shown(page, `#signin-${role}`));
  await waitForText(page, '#my-roles', label);
}

describe('安全生产月 theme journey in Chromium (H5)', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });
  afterEach(() => {
    // A page that threw may still look right; the user's next tap would not.
    expect(e2e.pageErrors).toEqual([]);
  });

  const articleOnServer = async (id: string): Promise<Article> => {
    const token = await e2e.host.signIn('citizen');
    const { body } = await e2e.host.call<Article>('content', { action: 'getArticle', payload: { id } }, token);
    if (!body.ok) throw new Error(body.error.message);
    return body.data;
  };

  it('shows the 2026 theme, the 2021–2025 history, 七进 and an article to a reader', async () => {
    const { context, page } = await e2e.newPage();

    await e2e.open(page, '/pages/home/index');
    await waitForText(page, '#current-theme', THEME_2026);
    expect(await textOf(page, '#current-theme')).toContain('第25个');
    await screenshot(page, 'home');

    await tap(shown(page, '#open-history'));
    await waitForText(page, '.page', '2021年');
    const history = await textOf(page, '.page');
    for (const [year, title] of HISTORY) {
      expect(history).toContain(`${year}年`);
      expect(history).toContain(title);
    }
    await screenshot(page, 'history');

    await e2e.open(page, '/pages/outreach/index');
    await waitForText(page, '.page', '进公共场所');
    const cards = await shown(page, '.outreach__name').allInnerTexts();
    expect(cards.map((c) => c.trim())).toEqual(SEVEN);
    await screenshot(page, 'outreach');

    await e2e.open(page, '/pages/article/index?id=ebike-charging');
    await waitForText(page, '#article-title', '电动自行车别“飞线”充电');
    const { paragraphs } = await articleOnServer('ebike-charging');
    expect(await textOf(page, '#article-body')).toContain(paragraphs[0]);
    await screenshot(page, 'article');

    await context.close();
  });

  it('lets an organizer edit an article and a citizen then reads the edit without an edit button', async () => {
    const stamp = Date.now().toString(36);
    const newTitle = `电动车充电要当心 ${stamp}`;
    const newBody = `电动自行车要在集中充电场所充电，不要把电池带回家。\n\n充满即断电，夜间不要长时间充电。${stamp}`;

    const organizer = await e2e.newPage();
    let page = organizer.page;
    await e2e.open(page, '/pages/home/index');
    await waitForText(page, '#current-theme', THEME_2026);
    await signInAs(page, 'organizer', '组织者');

    await e2e.open(page, '/pages/article/index?id=ebike-charging');
    await waitForText(page, '#article-title', '电动自行车别“飞线”充电');
    await tap(shown(page, '#edit-article'));
    await shown(page, '#edit-title input').waitFor();
    // The form fills in after the article loads; typing before that would be overwritten.
    await page.waitForFunction((expected) => {
      const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('#edit-title input'));
      return inputs.find((i) => i.offsetParent)?.value === expected;
    }, '电动自行车别“飞线”充电');
    await shown(page, '#edit-title input').fill(newTitle);
    await shown(page, '#edit-body textarea').fill(newBody);
    await screenshot(page, 'editor');
    await tap(shown(page, '#save-article'));

    await waitForText(page, '#article-title', newTitle);
    expect(await textOf(page, '#article-body')).toContain('充满即断电，夜间不要长时间充电。');
    expect((await articleOnServer('ebike-charging')).title).toBe(newTitle);
    await organizer.context.close();

    // A different person on another phone: a fresh profile signs in as a citizen by default.
    const citizen = await e2e.newPage();
    page = citizen.page;
    const meAnswered = page.waitForResponse(
      (r) => r.url().endsWith('/api/admin') && (r.request().postData() ?? '').includes('"me"'),
    );
    await e2e.open(page, '/pages/article/index?id=ebike-charging');
    await waitForText(page, '#article-title', newTitle);
    expect(await textOf(page, '#article-body')).toContain('充满即断电，夜间不要长时间充电。');
    // The button depends on who is asking; wait for that answer before judging its absence.
    await meAnswered;
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#edit-article').count()).toBe(0);
    await citizen.context.close();
  });

  it('refuses a cleared title with 请填写标题 and saves nothing', async () => {
    const before = await articleOnServer('old-wiring');
    const { context, page } = await e2e.newPage();
    await e2e.open(page, '/pages/home/index');
    await waitForText(page, '#current-theme', THEME_2026);
    await signInAs(page, 'organizer', '组织者');

    await e2e.open(page, '/pages/article/index?id=old-wiring');
    await waitForText(page, '#article-title', before.title);
    await tap(shown(page, '#edit-article'));
    await shown(page, '#edit-title input').waitFor();
    await shown(page, '#edit-title input').fill('');
    await tap(shown(page, '#save-article'));
    await waitForText(page, '.editor', '请填写标题');
    await screenshot(page, 'error');
    // Still on the editor: nothing was sent away.
    expect(page.url()).toContain('article-edit');

    await e2e.open(page, '/pages/article/index?id=old-wiring');
    await page.reload();
    await waitForText(page, '#article-title', before.title);
    const after = await articleOnServer('old-wiring');
    expect({ title: after.title, version: after.version }).toEqual({ title: before.title, version: before.version });
    await context.close();
  });
});
