import * as v from 'valibot';
import { day, id, text } from '../common/validation';
import { ARTICLE_TOPICS } from './types';

export const listArticlesInput = v.optional(
  v.strictObject(
    {
      topic: v.optional(v.picklist(ARTICLE_TOPICS, '没有这个知识分类')),
    },
    '参数格式不正确',
  ),
  {},
);

export const getArticleInput = v.strictObject({ id: id('文章编号') }, '参数格式不正确');

/** What a person writes in an article; a new one and an edit check them alike. */
const articleFields = {
  title: text('标题', 40),
  topic: v.picklist(ARTICLE_TOPICS, '请选择知识分类'),
  summary: text('摘要', 120),
  body: v.pipe(
    text('正文', 5000),
    v.check((s) => s.split(/\n\s*\n/).some((p) => p.trim() !== ''), '请填写正文'),
  ),
};

/** A new article: the article's fields, without an id or a version to start from. */
export const createArticleInput = v.strictObject(articleFields, '参数格式不正确');
export type CreateArticleInput = v.InferOutput<typeof createArticleInput>;

/** An edit: the same fields, the article's id and the version it was read at (a stale one is refused). */
export const updateArticleInput = v.strictObject(
  {
    id: id('文章编号'),
    version: v.pipe(v.number('缺少版本号'), v.integer('版本号不正确'), v.minValue(1, '版本号不正确')),
    ...articleFields,
  },
  '参数格式不正确',
);
export type UpdateArticleInput = v.InferOutput<typeof updateArticleInput>;

/** A year of the 安全生产月 (the first was 2002's; 2000–2100 like every time we keep). */
const campaignYear = v.pipe(
  v.number('请填写年份'),
  v.integer('年份需为整数'),
  v.minValue(2000, '年份需在 2000 至 2100 之间'),
  v.maxValue(2100, '年份需在 2000 至 2100 之间'),
);

/**
 * A year's theme as the organizer edits it: the wording, the year and its
 * ordinal (第N个), the period, the key dates and key activities, and the source
 * document by its title (never a file path). `version` is the one the edit
 * started from: a stale edit is refused, as for articles.
 */
export const updateThemeInput = v.strictObject(
  {
    id: id('主题编号'),
    version: v.pipe(v.number('缺少版本号'), v.integer('版本号不正确'), v.minValue(1, '版本号不正确')),
    year: campaignYear,
    ordinal: v.pipe(
      v.number('请填写届次'),
      v.integer('届次需为整数'),
      v.minValue(1, '届次需在 1 至 100 之间'),
      v.maxValue(100, '届次需在 1 至 100 之间'),
    ),
    title: text('主题', 60),
    source: v.pipe(
      text('来源文件标题', 80),
      v.check((s) => !/[\\/]|seeds|\.(pdf|docx?|txt|md)$/i.test(s), '来源请填写文件的标题，不要填写文件路径'),
    ),
    period: text('活动时间', 60),
    keyDates: v.pipe(
      v.array(
        v.strictObject({ date: day('日期'), label: text('日期说明', 20) }, '重要日期格式不正确'),
        '重要日期格式不正确',
      ),
      v.maxLength(10, '重要日期最多 10 个'),
    ),
    keyActivities: v.pipe(
      v.array(
        v.strictObject({ title: text('活动名称', 40), summary: text('活动内容', 200) }, '重点活动格式不正确'),
        '重点活动格式不正确',
      ),
      v.minLength(1, '请至少填写一项重点活动'),
      v.maxLength(12, '重点活动最多 12 项'),
    ),
  },
  '参数格式不正确',
);
export type UpdateThemeInput = v.InferOutput<typeof updateThemeInput>;
