/**
 * Issue 12 §6: a description that says a danger is happening now is answered
 * with "call 119/110/120 now" and filed only when the reporter confirms it is
 * not happening now; the report keeps that confirmation and handlers see it.
 */
import type { HandlerReport, HazardReport, MyReport } from '@domain/reports/types';
import { EMERGENCY_MESSAGE } from '@domain/reports/emergency';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import { deliverVerdicts, ok, reportPayload, submitReport } from '../support/reports';

describe('emergency wording is answered with call-now, never filed as an ordinary report', () => {
  let t: TestHost;
  let citizen: string;

  beforeEach(async () => {
    t = await startTestHost();
    citizen = await t.signIn('citizen');
  });
  afterEach(() => t.stop());

  const stored = () => t.host.runtime.store.find<HazardReport>(COLLECTIONS.hazardReports, {});

  it.each([
    ['ebike', 'indoor', '正在着火！有人被困在三楼，楼道里全是烟'],
    ['hazchem', 'storage', '仓库里的油桶漏气了，味道很大，旁边还有人'],
    ['hazchem', 'storage', '工地脚手架倒塌了，下面有人被压住'],
  ])('%s/%s "%s" gets the emergency answer and nothing is filed', async (setting, category, description) => {
    const refused = await submitReport(t, citizen, { setting, category, description });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      ok: false,
      error: { code: 'emergency', message: EMERGENCY_MESSAGE, fieldErrors: { description: EMERGENCY_MESSAGE } },
    });
    expect(EMERGENCY_MESSAGE).toMatch(/119.*110.*120/);
    expect(await stored()).toHaveLength(0);
    expect(await t.host.runtime.store.count(COLLECTIONS.reportOutbox, {})).toBe(0);
  });

  describe('the emergency check runs before any other field check', () => {
    const answer = {
      ok: false,
      error: { code: 'emergency', message: EMERGENCY_MESSAGE, fieldErrors: { description: EMERGENCY_MESSAGE } },
    };
    it.each([
      ['a 9-character description in a complete form', { description: '正在着火，有人被困' }],
      ['a 3-character description', { description: '着火了' }],
      ['no photo, no place, no consent', { description: '救命', photos: [], place: '', consent: false }],
      [
        'a seen time out of range and a bad phone',
        { description: '有人被困', seenAt: 1, contact: { name: '', phone: '1' } },
      ],
    ])('%s gets the emergency answer (422) and nothing is filed', async (_what, overrides) => {
      const refused = await submitReport(t, citizen, overrides);
      expect([refused.status, refused.body]).toEqual([422, answer]);
      expect(await stored()).toHaveLength(0);
    });

    it('only the description is needed: a payload of nothing else still gets it, and no sign-in still gets 请先登录 first', async () => {
      const bare = await t.call(
        'reports',
        { action: 'submit', payload: { description: '正在着火，有人被困' } },
        citizen,
      );
      expect([bare.status, bare.body]).toEqual([422, answer]);
      const anonymous = await t.call('reports', { action: 'submit', payload: { description: '正在着火，有人被困' } });
      expect(anonymous.body.ok || anonymous.body.error.code).not.toBe('emergency');
      expect(await stored()).toHaveLength(0);
    });

    it('once confirmed not happening now, the short text meets the length rule in Chinese', async () => {
      const refused = await submitReport(t, citizen, { description: '正在着火，有人被困', notHappeningNow: true });
      expect(refused.status).toBe(400);
      expect(refused.body.ok || refused.body.error.fieldErrors?.description).toMatch(/隐患描述/);
      expect(await stored()).toHaveLength(0);
    });
  });

  it('files it once the reporter confirms it is not happening now, and the handler sees the confirmation', async () => {
    // The demo handler answers the 12350 channel.
    const description = '昨天晚上仓库门口着火了，现在已经扑灭，但仓库里还堆着几十桶油漆稀释剂';
    const first = await submitReport(t, citizen, { description });
    expect(first.body.ok || first.body.error.code).toBe('emergency');

    const payload = reportPayload(first.clientKey, first.photos, { description, notHappeningNow: true });
    const filed = ok((await t.call<MyReport>('reports', { action: 'submit', payload }, citizen)).body);
    expect(filed.channelId).toBe('12350');
    const [doc] = await stored();
    expect(doc.notHappeningNow).toEqual({ wording: '着火了' });

    await deliverVerdicts(t, filed._id);
    const handler = await t.signIn('handler');
    const detail = ok(
      (await t.call<HandlerReport>('reports', { action: 'detail', payload: { id: filed._id } }, handler)).body,
    );
    expect(detail.notHappeningNow).toEqual({ wording: '着火了' });
  });

  it('files an ordinary hazard without asking, and keeps no confirmation on it', async () => {
    const filed = ok(
      (
        await submitReport(t, citizen, {
          description: '消防通道被杂物堵塞，一旦着火人员无法疏散',
          notHappeningNow: true,
        })
      ).body,
    );
    const [doc] = await stored();
    expect(doc._id).toBe(filed._id);
    expect(doc.notHappeningNow).toBeUndefined();
  });
});
