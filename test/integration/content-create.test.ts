import type { Article, ArticleSummary } from '@domain/content/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { dataOf } from '../support/events';
import { startTestHost, type TestHost } from '../support/local-host';

describe('content.createArticle over the local HTTP host', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(() => t.stop());

  const call = <T>(action: string, payload: unknown, token: string) => t.call<T>('content', { action, payload }, token);
  const input = {
    title: '家用灭火器放哪里',
    topic: '消防安全',
    summary: '放在取用方便处。',
    body: '放在门口。\n\n定期看压力表。',
  };

  it('lets an organizer publish a new article, listed last in its topic and audited', async () => {
    const organizer = await t.signIn('organizer');
    const created = dataOf(await call<Article>('createArticle', input, organizer));
    expect(created).toMatchObject({ title: input.title, version: 1, paragraphs: ['放在门口。', '定期看压力表。'] });
    const citizen = await t.signIn('citizen');
    const listed = dataOf(await call<ArticleSummary[]>('listArticles', { topic: '消防安全' }, citizen));
    expect(listed.at(-1)?._id).toBe(created._id);
    const logs = await t.host.runtime.store.find(COLLECTIONS.auditLogs, { action: 'content.createArticle' });
    expect(logs).toHaveLength(1);
  });

  it('refuses a citizen and an empty body, in Chinese, writing nothing', async () => {
    const before = await t.host.runtime.store.count(COLLECTIONS.articles, {});
    const refused = await call('createArticle', input, await t.signIn('citizen'));
    expect(refused.status).toBe(403);
    const empty = await call('createArticle', { ...input, body: '  ' }, await t.signIn('organizer'));
    expect(!empty.body.ok && empty.body.error.fieldErrors?.body).toBe('请填写正文');
    expect(await t.host.runtime.store.count(COLLECTIONS.articles, {})).toBe(before);
  });
});
