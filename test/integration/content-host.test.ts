import type { Article } from '@domain/content/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';

const edit = (article: Article, changes: Partial<{ title: string; body: string; version: number }> = {}) => ({
  action: 'updateArticle',
  payload: {
    id: article._id,
    version: changes.version ?? article.version,
    title: changes.title ?? article.title,
    topic: article.topic,
    summary: article.summary,
    body: changes.body ?? article.paragraphs.join('\n\n'),
  },
});

describe('content function over the local HTTP host', () => {
  let t: TestHost;
  let citizen: string;
  let organizer: string;

  beforeEach(async () => {
    t = await startTestHost();
    citizen = await t.signIn('citizen');
    organizer = await t.signIn('organizer');
  });
  afterEach(() => t.stop());

  const getArticle = async (id: string, token = citizen) =>
    (await t.call<Article>('content', { action: 'getArticle', payload: { id } }, token)).body;

  it('serves the 2026 theme, its 七进 and article previews on the home page', async () => {
    const { status, body } = await t.call<{
      theme: { ordinal: number; title: string };
      outreach: { name: string }[];
      articles: unknown[];
    }>('content', { action: 'home' }, citizen);
    expect(status).toBe(200);
    if (!body.ok) throw new Error(body.error.message);
    expect(body.data.theme.ordinal).toBe(25);
    expect(body.data.theme.title).toBe('人人讲安全、个个会应急——排查整治风险隐患');
    expect(body.data.outreach.map((o) => o.name)).toEqual([
      '进企业',
      '进农村',
      '进社区',
      '进学校',
      '进家庭',
      '进机关',
      '进公共场所',
    ]);
    expect(body.data.articles.length).toBeGreaterThan(0);
  });

  it('lists sourced themes 2026 back to 2021, newest first', async () => {
    const { body } = await t.call<{ year: number; ordinal: number }[]>('content', { action: 'listThemes' }, citizen);
    if (!body.ok) throw new Error(body.error.message);
    expect(body.data.map((th) => [th.year, th.ordinal])).toEqual([
      [2026, 25],
      [2025, 24],
      [2024, 23],
      [2023, 22],
      [2022, 21],
      [2021, 20],
    ]);
  });

  it('lets an organizer edit an article; citizens see the edit at once', async () => {
    const before = await getArticle('ebike-charging');
    if (!before.ok) throw new Error(before.error.message);
    const { status, body } = await t.call<Article>(
      'content',
      edit(before.data, { title: '电动车请到集中充电点充电', body: '第一段。\n\n第二段。' }),
      organizer,
    );
    expect(status).toBe(200);
    if (!body.ok) throw new Error(body.error.message);
    expect(body.data.version).toBe(before.data.version + 1);

    const after = await getArticle('ebike-charging');
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.title).toBe('电动车请到集中充电点充电');
    expect(after.data.paragraphs).toEqual(['第一段。', '第二段。']);

    const log = await t.host.runtime.store.find(COLLECTIONS.auditLogs, { action: 'content.updateArticle' });
    expect(log).toHaveLength(1);
  });

  it('refuses a citizen editing, with a Chinese message and no change', async () => {
    const before = await getArticle('gas-safety');
    if (!before.ok) throw new Error(before.error.message);
    const { status, body } = await t.call('content', edit(before.data, { title: '被改了' }), citizen);
    expect(status).toBe(403);
    expect(body).toEqual({ ok: false, error: { code: 'forbidden', message: '此操作需要活动组织者身份' } });
    expect(await getArticle('gas-safety')).toEqual(before);
  });

  it('answers field errors for bad input and stores nothing', async () => {
    const before = await getArticle('hot-work');
    if (!before.ok) throw new Error(before.error.message);
    const { status, body } = await t.call(
      'content',
      edit(before.data, { title: '   ', body: 'x'.repeat(5001) }),
      organizer,
    );
    expect(status).toBe(400);
    if (body.ok) throw new Error('expected a refusal');
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fieldErrors).toEqual({ title: '请填写标题', body: '正文不能超过 5000 个字' });
    expect(await getArticle('hot-work')).toEqual(before);
  });

  it('refuses an edit made from a stale version instead of losing the other edit', async () => {
    const before = await getArticle('life-passage');
    if (!before.ok) throw new Error(before.error.message);
    await t.call('content', edit(before.data, { title: '第一位编辑' }), organizer);
    const { status, body } = await t.call('content', edit(before.data, { title: '第二位编辑' }), organizer);
    expect(status).toBe(409);
    if (body.ok) throw new Error('expected a conflict');
    expect(body.error.message).toBe('这篇文章刚被其他人修改过，请刷新后再编辑');
    const now = await getArticle('life-passage');
    expect(now.ok && now.data.title).toBe('第一位编辑');
  });

  it.each([
    ['no identity', { action: 'home' }, undefined, 401, '请先登录'],
    ['a forged token', { action: 'home' }, 'ZGV2LWFkbWlu.forged', 401, '请先登录'],
    ['an unknown action', { action: 'dropAll' }, 'citizen', 400, '不支持的操作：dropAll'],
    ['a missing action', { payload: {} }, 'citizen', 400, '请求缺少操作名称'],
    ['a non-object request', '[1,2]', 'citizen', 400, '请求格式不正确'],
    ['malformed JSON', '{"action":', 'citizen', 400, '请求内容不是有效的 JSON'],
    [
      'unexpected payload fields',
      { action: 'getArticle', payload: { id: 'gas-safety', x: 1 } },
      'citizen',
      400,
      '参数格式不正确',
    ],
  ])('answers %s with a clear Chinese error', async (_label, request, who, status, message) => {
    const token = who === 'citizen' ? citizen : who;
    const res = await t.call('content', request, token);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ ok: false, error: { message } });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|Error:/);
  });

  it('answers 404 for an unknown function', async () => {
    const res = await t.call('nope', { action: 'home' }, citizen);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ ok: false, error: { message: '云函数 nope 不存在' } });
  });

  it('keeps an edit across a restart, and re-seeding does not overwrite it', async () => {
    const before = await getArticle('old-wiring');
    if (!before.ok) throw new Error(before.error.message);
    await t.call('content', edit(before.data, { title: '重启后仍在' }), organizer);
    const dataDir = t.dataDir;
    await t.stop({ keepData: true });

    t = await startTestHost({ dataDir });
    citizen = await t.signIn('citizen');
    const after = await getArticle('old-wiring');
    expect(after.ok && after.data.title).toBe('重启后仍在');
  });
});
