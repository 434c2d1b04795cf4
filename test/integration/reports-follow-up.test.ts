import type { Envelope } from '@domain/common/errors';
import type { HandlerReport, MyReport } from '@domain/reports/types';
import { signInWithOpenid } from '../support/events';
import { startTestHost, type TestHost } from '../support/local-host';
import { deliverVerdicts, ok, submitReport } from '../support/reports';

const DAY = 24 * 3600_000;

/** 催办 and 满意度评价 in 我的举报, as 12345 flows have: the reporter's own, at the right time, once. */
describe('reporter follow-up over the local HTTP host', () => {
  let t: TestHost;
  let now = Date.now();
  let citizen: string;
  let handler: string;

  beforeEach(async () => {
    now = Date.now();
    t = await startTestHost({ now: () => now });
    citizen = await t.signIn('citizen');
    handler = await t.signIn('handler');
  });
  afterEach(() => t.stop());

  const call = <T>(action: string, payload: unknown, token: string) => t.call<T>('reports', { action, payload }, token);
  const message = (r: { body: Envelope<unknown> }) => (r.body.ok ? null : r.body.error.message);

  it('offers 催办 only after the expected handling time, once a day, and the handler sees it', async () => {
    const report = ok((await submitReport(t, citizen)).body);
    expect(report.urgeOpensAt).toBe(report.createdAt + 7 * DAY);
    expect(message(await call('urge', { id: report._id }, citizen))).toMatch(/^尚在预计办理时限内，.+后可以催办$/);

    now += 7 * DAY;
    const urged = ok((await call<MyReport>('urge', { id: report._id }, citizen)).body);
    expect(urged.lastUrgedAt).toBe(now);
    expect(message(await call('urge', { id: report._id }, citizen))).toMatch(/24小时内请勿重复催办/);
    const someoneElse = await call('urge', { id: report._id }, (await signInWithOpenid(t, 'citizen')).token);
    expect(someoneElse.status).toBe(404);

    await deliverVerdicts(t, report._id);
    const detail = ok((await call<HandlerReport>('detail', { id: report._id }, handler)).body);
    const urge = detail.events.find((e) => e.kind === 'urge');
    expect([urge?.actorName, urge?.note]).toEqual(['举报人', '举报人催办：已超过预计办理时限']);
  });

  it('takes one 满意度评价 after closure, never before, and shows it to the handler', async () => {
    const report = ok((await submitReport(t, citizen)).body);
    const early = await call('rate', { id: report._id, level: 'satisfied' }, citizen);
    expect(message(early)).toBe('办结后才能评价');
    await deliverVerdicts(t, report._id);
    const move = (to: string, note: string) => call('transition', { id: report._id, to, note }, handler);
    ok((await move('accepted', '已受理')).body);
    ok((await move('closed', '复查合格，已办结')).body);
    const bad = await call('rate', { id: report._id, level: 'great' }, citizen);
    expect(message(bad)).toBe('请选择满意程度');

    const rated = ok(
      (await call<MyReport>('rate', { id: report._id, level: 'basic', comment: '处理较快' }, citizen)).body,
    );
    expect(rated.rating).toMatchObject({ level: 'basic', comment: '处理较快' });
    expect(rated.urgeOpensAt).toBeNull();
    expect(message(await call('rate', { id: report._id, level: 'unsatisfied' }, citizen))).toBe('这条举报已经评价过');
    const detail = ok((await call<HandlerReport>('detail', { id: report._id }, handler)).body);
    expect(detail.events.find((e) => e.kind === 'rating')?.note).toBe('满意度评价：基本满意。处理较快');
    expect(message(await call('urge', { id: report._id }, citizen))).toBe('这条举报已办理完毕，无需催办');
  });
});
