/**
 * Issue 13, the year's theme edited in the app (content is data): versioned like
 * articles, role-checked, audited with what changed; the citizen's home and 历年主题
 * show the edit at once. Refusals are Chinese and change nothing. On both engines.
 */
import type { HomeView, Theme } from '@domain/content/types';
import type { AuditEntry } from '../../cloud/core/audit';
import { COLLECTIONS } from '../../cloud/core/collections';
import { dataOf } from '../support/events';
import { ENGINES, startTestHost, type TestHost } from '../support/local-host';

describe.each(ENGINES)('content.updateTheme on %s', (engine) => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost({ engine });
  });
  afterEach(() => t.stop());

  const call = <T = Theme>(action: string, payload: unknown, token?: string) =>
    t.call<T>('content', { action, payload }, token);
  const stored = (id: string) => t.host.runtime.store.get<Theme>(COLLECTIONS.themes, id);
  const audits = () => t.host.runtime.store.find<AuditEntry>(COLLECTIONS.auditLogs, { action: 'content.updateTheme' });

  /** The edit a form sends for `theme` as stored, with `patch` applied. */
  const editOf = (theme: Theme, patch: Record<string, unknown> = {}) => ({
    id: theme._id,
    version: theme.version ?? 1,
    year: theme.year,
    ordinal: theme.ordinal,
    title: theme.title,
    source: theme.source,
    period: theme.period,
    keyDates: theme.keyDates,
    keyActivities: theme.keyActivities,
    ...patch,
  });

  it('an organizer edits the theme: version 2, audited with what changed, the citizen home and 历年主题 show it', async () => {
    const before = (await stored('2026'))!;
    const organizer = await t.signIn('organizer');
    const title = '人人讲安全、个个会应急——查找身边安全隐患';
    const keyActivities = [
      ...before.keyActivities,
      { title: '社区应急演练', summary: '每个社区至少组织一次疏散演练。' },
    ];
    const saved = dataOf(await call('updateTheme', editOf(before, { title, keyActivities }), organizer));
    expect(saved).toMatchObject({ _id: '2026', title, version: 2, keyActivities });

    const citizen = await t.signIn('citizen');
    const home = dataOf(await call<HomeView>('home', undefined, citizen));
    expect(home.theme).toMatchObject({ title, keyActivities });
    const history = dataOf(await call<Theme[]>('listThemes', undefined, citizen));
    expect(history.find((h) => h.year === 2026)?.title).toBe(title);

    const [entry] = await audits();
    expect(entry).toMatchObject({
      target: '2026',
      actor: expect.stringMatching(/organizer/),
      detail: { version: 2, changed: ['title', 'keyActivities'], before: { title: before.title } },
    });
    expect(entry.at).toEqual(expect.any(Number));
  });

  it('refuses a stale edit in Chinese and keeps the newer one; two edits at once: one wins, one is told', async () => {
    const organizer = await t.signIn('organizer');
    const admin = await t.signIn('admin');
    const before = (await stored('2025'))!;
    const [a, b] = await Promise.all([
      call('updateTheme', editOf(before, { title: '甲的修改' }), organizer),
      call('updateTheme', editOf(before, { title: '乙的修改' }), admin),
    ]);
    const answers = [a.body, b.body];
    expect(answers.filter((x) => x.ok)).toHaveLength(1);
    expect(answers.filter((x) => !x.ok)).toEqual([
      { ok: false, error: { code: 'conflict', message: '这一年的主题刚被其他人修改过，请刷新后再编辑' } },
    ]);
    const winner = (await stored('2025'))!;
    expect(winner.version).toBe(2);

    const stale = await call('updateTheme', editOf(before, { title: '基于旧版本的修改' }), organizer);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ ok: false, error: { message: '这一年的主题刚被其他人修改过，请刷新后再编辑' } });
    expect(await stored('2025')).toEqual(winner);
    expect(await audits()).toHaveLength(1);
  });

  it('refuses who may not edit, bad input and a year another theme has, in Chinese, changing nothing', async () => {
    const before = (await stored('2026'))!;
    const edit = editOf(before, { title: '不该保存的主题' });
    expect((await call('updateTheme', edit)).status).toBe(401);
    for (const role of ['citizen', 'handler'] as const) {
      const refused = await call('updateTheme', edit, await t.signIn(role));
      expect(refused.status).toBe(403);
      expect(!refused.body.ok && refused.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const organizer = await t.signIn('organizer');
    const bad = await call('updateTheme', { ...edit, source: 'seeds/000.md', keyActivities: [] }, organizer);
    expect(bad.status).toBe(400);
    expect(!bad.body.ok && bad.body.error.fieldErrors).toMatchObject({
      source: '来源请填写文件的标题，不要填写文件路径',
      keyActivities: '请至少填写一项重点活动',
    });
    const taken = await call('updateTheme', { ...edit, year: 2025 }, organizer);
    expect(taken.body).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '2025年已有主题，请直接编辑该年的主题' },
    });
    const missing = await call('updateTheme', { ...edit, id: '1999' }, organizer);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await stored('2026')).toEqual(before);
    expect(await audits()).toEqual([]);
  });

  it('edits a theme stored before themes carried a version as version 1', async () => {
    const legacy = { ...(await stored('2021'))!, _id: '2019', year: 2019, ordinal: 18 } as Theme;
    delete legacy.version;
    expect(await t.host.runtime.store.insert(COLLECTIONS.themes, legacy)).toBe(true);
    const organizer = await t.signIn('organizer');
    const saved = dataOf(await call('updateTheme', editOf(legacy, { period: '2019年6月' }), organizer));
    expect(saved).toMatchObject({ version: 2, period: '2019年6月' });
    const again = await call('updateTheme', editOf(legacy, { period: '再改一次' }), organizer);
    expect(again.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
