/**
 * Issue 14 through the H5 UI only: an organizer makes the unit's quiz code, a
 * citizen opens its link, answers a round one question at a time against the
 * clock, reads the explanations and makes the share card; a second round the
 * same day adds no 人次; the organizer sees the participation and the 统计表's
 * quiz row one higher; the bank goes out to XLSX and back in unchanged.
 */
import type { Page } from 'playwright-core';
import { button, contextAs, screenshot, startE2E, tap, type E2E } from './harness';

/**
 * Answers the questions with their first option, checking progress and the clock, then hands in.
 * The last `unanswered` questions are left blank: 交卷 then asks first, 继续作答 stays, 确定交卷 hands in.
 */
async function answerRound(page: Page, unanswered = 0) {
  for (let i = 1; i <= 10; i += 1) {
    await page.locator('#quiz-progress').getByText(`${i}/10`).waitFor();
    await expect(page.locator('#quiz-clock').textContent()).resolves.toMatch(/剩余 0[0-5]:\d\d/);
    if (i <= 10 - unanswered) {
      await tap(page.locator('.quiz__options [role="radio"], .quiz__options [role="checkbox"]').first());
    }
    if (i === 3) await screenshot(page, 'quiz-question');
    await tap(button(page, i < 10 ? '下一题' : /^交卷/));
  }
  if (unanswered > 0) {
    await page.getByText(`还有 ${unanswered} 题未作答，确定交卷？`).waitFor();
    await screenshot(page, 'quiz-hand-in-ask');
    await tap(page.getByText('继续作答', { exact: true }));
    await page.getByText(`还有 ${unanswered} 题未作答，确定交卷？`).waitFor({ state: 'hidden' });
    await page.locator('#quiz-progress').getByText('10/10').waitFor();
    await tap(button(page, /^交卷/));
    await tap(page.getByText('确定交卷', { exact: true }));
  }
  await page.locator('#quiz-score').waitFor();
}

const quizRow = async (page: Page) => {
  const row = page.locator('#stats-quiz');
  await row.waitFor();
  return Number((await row.locator('.stats__cell').allTextContents())[2]);
};

describe('网络知识答题 in the H5 build', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('a citizen answers from the unit QR link, the organizer sees one more 人次, the bank round-trips through XLSX', async () => {
    const organizer = await (await contextAs(e2e, 'organizer')).newPage();
    await e2e.open(organizer, '/packageOrganizer/pages/activity-stats/index');
    const before = await quizRow(organizer);

    await e2e.open(organizer, '/packageOrganizer/pages/quiz-admin/index');
    await tap(button(organizer, '生成答题码'));
    const unitLink = organizer.locator('#quiz-unit-link');
    await unitLink.getByText('示范街道办事处答题码：微信扫一扫即可答题').waitFor({ timeout: 20_000 });
    // The route the QR opens is kept off screen, in an attribute.
    const link = (await unitLink.getAttribute('data-path')) ?? '';
    expect(link).toMatch(/^\/packageQuiz\/pages\/quiz\/index\?scene=u\.[0-9a-f]{12}$/);
    await screenshot(organizer, 'quiz-admin-code');

    const citizen = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(citizen, link);
    await citizen.locator('#quiz-unit').getByText('参与单位：示范街道办事处').waitFor();
    await screenshot(citizen, 'quiz-entry');
    await tap(button(citizen, '开始答题'));
    await answerRound(citizen);
    await expect(citizen.locator('#quiz-score').textContent()).resolves.toMatch(/^\d{1,3} 分$/);
    await expect(citizen.getByText(/^解析：/).count()).resolves.toBe(10);
    await expect(citizen.getByText(/^出处：/).count()).resolves.toBe(10);
    await expect(citizen.getByText(/^正确答案：/).count()).resolves.toBe(10);
    await screenshot(citizen, 'quiz-result');
    await tap(button(citizen, '生成分享图'));
    const card = citizen.locator('.quiz__card img');
    await card.waitFor();
    await expect(card.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    await citizen.getByText('分享给好友或朋友圈').waitFor();
    await screenshot(citizen, 'quiz-share-card');

    // A second round the same day: as many rounds as they like, one 人次; two left blank asks before 交卷.
    await tap(button(citizen, '再答一轮'));
    await tap(button(citizen, '开始答题'));
    await answerRound(citizen, 2);

    await e2e.open(organizer, '/packageOrganizer/pages/activity-stats/index');
    await organizer.waitForTimeout(500);
    await expect(quizRow(organizer)).resolves.toBe(before + 1);
    await screenshot(organizer, 'quiz-stats-row');

    await e2e.open(organizer, '/packageOrganizer/pages/quiz-admin/index');
    await expect(organizer.locator('#quiz-person-times').textContent()).resolves.toBe('1');
    await organizer.getByText(/最薄弱的题目/).scrollIntoViewIfNeeded();
    await screenshot(organizer, 'quiz-admin-stats');

    const size = (await organizer.locator('#bank-size').textContent()) ?? '';
    expect(size).toMatch(/^共 \d+ 题/);
    const total = Number(/共 (\d+) 题/.exec(size)![1]);
    const download = organizer.waitForEvent('download');
    await tap(button(organizer, '导出 Excel'));
    const file = await (await download).path();
    await e2e.open(organizer, '/packageOrganizer/pages/quiz-admin/index');
    const chooser = organizer.waitForEvent('filechooser');
    await tap(button(organizer, '导入 Excel'));
    await (await chooser).setFiles(file);
    await organizer.getByText(`已导入：新增 0 题，更新 ${total} 题`).waitFor({ timeout: 20_000 });
    await expect(organizer.locator('#bank-size').textContent()).resolves.toBe(size);
    expect(e2e.pageErrors).toEqual([]);
  });
});
