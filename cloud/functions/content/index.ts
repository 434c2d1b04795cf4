import { AppError, notFound } from '@domain/common/errors';
import { currentTheme, paragraphsFromText, summarize, themeHistory } from '@domain/content/rules';
import { empty } from '@domain/common/validation';
import { campaignStatus } from '@domain/content/campaign';
import { createArticleInput, getArticleInput, listArticlesInput, updateArticleInput } from '@domain/content/schemas';
import type { Article, OutreachEntry, Theme } from '@domain/content/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, defineFunction } from '../../core/router';
import type { Store } from '../../ports/store';
import { stillOpen } from './still-open';
import { updateTheme } from './themes';

const listThemes = (store: Store) => store.find<Theme>(COLLECTIONS.themes, {}, { orderBy: [['year', 'desc']] });
const listOutreach = (store: Store) =>
  store.find<OutreachEntry>(COLLECTIONS.outreach, {}, { orderBy: [['order', 'asc']] });
const listArticles = (store: Store, topic?: string) =>
  store.find<Article>(COLLECTIONS.articles, topic ? { topic } : {}, { orderBy: [['order', 'asc']] });

/** 主题介绍: themes by year, the 七进, and everyday hazard knowledge. */
export const content = defineFunction('content', {
  home: action({
    role: 'citizen',
    input: empty,
    async run(_input, { runtime }) {
      const now = runtime.clock.now();
      // In June the home page says nothing of the campaign: what is open is asked for only outside it.
      const inJune = campaignStatus(now).phase === 'during';
      const [themes, outreach, articles, open] = await Promise.all([
        listThemes(runtime.store),
        listOutreach(runtime.store),
        listArticles(runtime.store),
        inJune ? undefined : stillOpen(runtime, now),
      ]);
      const theme = currentTheme(themeHistory(themes), now);
      const outreachOfYear = theme ? outreach.filter((o) => theme.outreach.includes(o._id)) : outreach;
      return {
        theme,
        campaign: campaignStatus(now, open),
        outreach: outreachOfYear,
        articles: articles.slice(0, 4).map(summarize),
      };
    },
  }),

  listThemes: action({
    role: 'citizen',
    input: empty,
    run: async (_input, { runtime }) => themeHistory(await listThemes(runtime.store)),
  }),

  listOutreach: action({
    role: 'citizen',
    input: empty,
    run: async (_input, { runtime }) => listOutreach(runtime.store),
  }),

  listArticles: action({
    role: 'citizen',
    input: listArticlesInput,
    run: async (input, { runtime }) => (await listArticles(runtime.store, input.topic)).map(summarize),
  }),

  getArticle: action({
    role: 'citizen',
    input: getArticleInput,
    async run(input, { runtime }) {
      const article = await runtime.store.get<Article>(COLLECTIONS.articles, input.id);
      if (!article) throw notFound('这篇文章');
      return article;
    },
  }),

  createArticle: action({
    role: 'organizer',
    input: createArticleInput,
    async run(input, ctx) {
      const { store, clock } = ctx.runtime;
      const now = clock.now();
      const [last] = await store.find<Article>(COLLECTIONS.articles, {}, { orderBy: [['order', 'desc']], limit: 1 });
      const article: Article = {
        // Random, so two organizers creating at once never collide; the title is not an id.
        _id: `a-${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
        title: input.title,
        topic: input.topic,
        summary: input.summary,
        paragraphs: paragraphsFromText(input.body),
        order: (last?.order ?? 0) + 1,
        version: 1,
        updatedAt: now,
        updatedBy: ctx.caller.openid,
      };
      if (!(await store.insert(COLLECTIONS.articles, article))) {
        throw new AppError('conflict', '保存失败，请重试');
      }
      await audit(ctx, 'content.createArticle', article._id, { version: 1 });
      return article;
    },
  }),

  updateArticle: action({
    role: 'organizer',
    input: updateArticleInput,
    async run(input, ctx) {
      const { store, clock } = ctx.runtime;
      const now = clock.now();
      const set = {
        title: input.title,
        topic: input.topic,
        summary: input.summary,
        paragraphs: paragraphsFromText(input.body),
        updatedAt: now,
        updatedBy: ctx.caller.openid,
      };
      // The version guard makes a concurrent edit fail loudly instead of silently losing one of them.
      const updated = await store.update(
        COLLECTIONS.articles,
        input.id,
        { set, inc: { version: 1 } },
        { version: input.version },
      );
      if (!updated) {
        if (!(await store.get(COLLECTIONS.articles, input.id))) throw notFound('这篇文章');
        throw new AppError('conflict', '这篇文章刚被其他人修改过，请刷新后再编辑');
      }
      await audit(ctx, 'content.updateArticle', input.id, { version: input.version + 1 });
      const article = await store.get<Article>(COLLECTIONS.articles, input.id);
      if (!article) throw notFound('这篇文章');
      return article;
    },
  }),

  updateTheme,
});
