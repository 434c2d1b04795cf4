/** Issue 13, the year's theme edited in the app: the form's text blocks and the schema every edit passes. */
import { checkInput } from '@domain/common/validation';
import { activitiesFromText, keyDatesFromText, textFromActivities, textFromKeyDates } from '@domain/content/rules';
import { updateThemeInput } from '@domain/content/schemas';
import type { Theme } from '@domain/content/types';
import themes from '../../data/content/themes.json';

const seeded = themes as Omit<Theme, 'updatedAt'>[];
const editOf = (t: Omit<Theme, 'updatedAt'>) => ({
  id: t._id,
  version: 1,
  year: t.year,
  ordinal: t.ordinal,
  title: t.title,
  source: t.source,
  period: t.period,
  keyDates: t.keyDates,
  keyActivities: t.keyActivities,
});

describe('the theme editor text blocks', () => {
  it.each(seeded.map((t) => [t.year, t] as const))(
    '%i: activities and key dates survive the editor unchanged',
    (_y, t) => {
      expect(activitiesFromText(textFromActivities(t.keyActivities))).toEqual(t.keyActivities);
      expect(keyDatesFromText(textFromKeyDates(t.keyDates))).toEqual(t.keyDates);
    },
  );

  it('reads blocks separated by blank lines, extra spaces and empty lines ignored', () => {
    expect(activitiesFromText('  排查隐患 \n 发动群众举报\n\n\n\n应急演练\n每个社区一次\n第二行 ')).toEqual([
      { title: '排查隐患', summary: '发动群众举报' },
      { title: '应急演练', summary: '每个社区一次\n第二行' },
    ]);
    expect(keyDatesFromText('2026-06-16   全国 安全宣传咨询日\n\n 2026-06-01 开始 ')).toEqual([
      { date: '2026-06-16', label: '全国 安全宣传咨询日' },
      { date: '2026-06-01', label: '开始' },
    ]);
  });
});

describe('updateThemeInput', () => {
  it.each(seeded.map((t) => [t.year, t] as const))('accepts the seeded %i theme as it is', (_y, t) => {
    expect(checkInput(updateThemeInput, editOf(t))).toBeNull();
  });

  const base = editOf(seeded[0]);
  it.each([
    ['title', { title: ' \u200b ' }, '请填写主题'],
    ['title', { title: '安'.repeat(61) }, '主题不能超过 60 个字'],
    ['title', { title: '人人讲安全\u202e' }, '主题含有无法显示的字符，请删除后重新填写'],
    ['year', { year: 1999 }, '年份需在 2000 至 2100 之间'],
    ['year', { year: 2026.5 }, '年份需为整数'],
    ['year', { year: '2026' }, '请填写年份'],
    ['ordinal', { ordinal: 0 }, '届次需在 1 至 100 之间'],
    ['source', { source: 'seeds/000-2026方案.md' }, '来源请填写文件的标题，不要填写文件路径'],
    ['source', { source: '' }, '请填写来源文件标题'],
    ['keyActivities', { keyActivities: [] }, '请至少填写一项重点活动'],
    ['keyActivities.0.summary', { keyActivities: [{ title: '排查隐患', summary: '' }] }, '请填写活动内容'],
    ['keyDates.0.date', { keyDates: [{ date: '2026-02-30', label: '咨询日' }] }, '没有这一天，请核对日期'],
    ['keyDates.0.date', { keyDates: [{ date: '6月16日', label: '咨询日' }] }, '日期格式应为 2026-06-16'],
    ['version', { version: 0 }, '版本号不正确'],
  ])('%s: %j → %s', (field, patch, message) => {
    expect(checkInput(updateThemeInput, { ...base, ...patch })?.[field]).toBe(message);
  });
});

describe('the theme form', () => {
  // Only the pure parts of the editor hook: no Taro, no network.
  jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));
  jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const editor =
    require('../../src/packageOrganizer/hooks/useThemeEditor') as typeof import('../../src/packageOrganizer/hooks/useThemeEditor');

  it('sends what the form shows of a seeded theme unchanged', () => {
    for (const t of seeded) {
      const form = editor.formFromTheme({ ...t, updatedAt: 0 });
      expect(editor.toThemeInput(t._id, form)).toEqual(editOf(t));
    }
  });

  it('leaves a blank year missing, so the schema says 请填写年份', () => {
    const form = { ...editor.formFromTheme({ ...seeded[0], updatedAt: 0 }), year: ' ' };
    expect(checkInput(updateThemeInput, editor.toThemeInput('2026', form))?.year).toBe('请填写年份');
  });

  it("puts an item's error on its text box, saying which item", () => {
    expect(
      editor.errorsByField({
        'keyActivities.1.summary': '请填写活动内容',
        'keyDates.0.date': '日期格式应为 2026-06-16',
        title: '请填写主题',
        _: '这一年的主题刚被其他人修改过，请刷新后再编辑',
      }),
    ).toEqual({
      activities: '第2项：请填写活动内容',
      keyDates: '第1项：日期格式应为 2026-06-16',
      title: '请填写主题',
      _: '这一年的主题刚被其他人修改过，请刷新后再编辑',
    });
  });
});
