import * as v from 'valibot';
import { id, text } from '../common/validation';
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
