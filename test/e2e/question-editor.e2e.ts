/**
 * 题目编辑 through the H5 UI: the several-line fields (题干, 答案解析) show their
 * Chinese errors in place, a saved question is in the bank, and 编辑 opens it
 * again with what was typed.
 */
import { button, contextAs, screenshot, startE2E, tap, type E2E } from './harness';

describe('题目编辑 in the H5 build', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('an organizer adds a question from the bank, fixes what the form says, and opens it again', async () => {
    const stem = '发现家中燃气泄漏，第一步应当怎么做？';
    const explanation = '开关电器会产生电火花，可能引爆泄漏的燃气，应先关阀门、开窗通风。';
    const organizer = await (await contextAs(e2e, 'organizer')).newPage();
    await e2e.open(organizer, '/packageOrganizer/pages/quiz-admin/index');
    await tap(button(organizer, '新增题目'));
    await organizer.locator('#question-stem textarea').waitFor();

    await tap(button(organizer, '保存题目'));
    await organizer.getByText('题干至少 4 个字').waitFor();
    await organizer.getByText('答案解析至少 4 个字').waitFor();

    await organizer.fill('#question-stem textarea', stem);
    await organizer.fill('#question-option-0 input', '关闭阀门、开窗通风');
    await organizer.fill('#question-option-1 input', '打开排风扇排气');
    await tap(organizer.locator('.editor__option').first().getByText('设为正确'));
    await organizer.fill('#question-explanation textarea', explanation);
    await organizer.fill('#question-source input', '《城镇燃气管理条例》');
    await screenshot(organizer, 'question-editor');
    await tap(button(organizer, '保存题目'));

    const row = organizer.locator('.quiz-admin__question', { hasText: stem });
    await tap(row.getByText('编辑'));
    await expect(organizer.locator('#question-stem textarea').inputValue()).resolves.toBe(stem);
    await expect(organizer.locator('#question-explanation textarea').inputValue()).resolves.toBe(explanation);
    await expect(organizer.locator('#question-source input').inputValue()).resolves.toBe('《城镇燃气管理条例》');
    expect(e2e.pageErrors).toEqual([]);
  });
});
