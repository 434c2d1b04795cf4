import type { HandlerReport, HazardReport, MyReport } from '@domain/reports/types';
import { chinaDay, chinaDayStart, DAY_MS } from '@domain/common/china-time';
import { deadlineRange } from '@domain/reports/rectification';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import {
  deliverVerdicts,
  handlerOf,
  newClientKey,
  ok,
  PNG_1PX,
  reportPayload,
  submitReport,
  uploadPhotos,
  uploadPhotoTo,
} from '../support/reports';

describe('reports function over the local HTTP host', () => {
  let t: TestHost;
  let citizen: string;
  let handler: string;

  beforeEach(async () => {
    t = await startTestHost();
    citizen = await t.signIn('citizen');
    handler = await t.signIn('handler');
  });
  afterEach(() => t.stop());

  const stored = () => t.host.runtime.store.find<HazardReport>(COLLECTIONS.hazardReports, {});
  const call = <T>(action: string, payload: unknown, token: string) => t.call<T>('reports', { action, payload }, token);

  it('files a report once however often the submit is retried, routed by its category', async () => {
    const first = await submitReport(t, citizen);
    const report = ok(first.body);
    expect(report.trackingNo).toMatch(/^YH\d{8}-\d{6}$/);
    expect(report.channelId).toBe('12350');
    expect(report.status).toBe('submitted');
    expect(report.security).toBe('checking');

    const retries = await Promise.all(
      [1, 2, 3].map(() => call<MyReport>('submit', reportPayload(first.clientKey, first.photos), citizen)),
    );
    for (const r of retries) expect(ok(r.body)).toMatchObject({ _id: report._id, trackingNo: report.trackingNo });
    const docs = await stored();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ channelId: '12350', ruleId: 'hazchem-storage', setting: 'hazchem' });

    // Until the photo verdict arrives it waits on the 待审核 tab, not in the handler's work; the reporter sees 审核中.
    expect(ok((await call<{ reports: unknown[] }>('queue', {}, handler)).body).reports).toHaveLength(0);
    expect(ok((await call<{ reports: unknown[] }>('queue', { tab: 'new' }, handler)).body).reports).toHaveLength(0);
    const review = ok((await call<{ reports: HandlerReport[] }>('queue', { tab: 'review' }, handler)).body).reports;
    expect(review.map((r) => r._id)).toEqual([report._id]);
    expect((await call('transition', { id: report._id, to: 'accepted', note: '受理' }, handler)).status).toBe(409);
    expect(await deliverVerdicts(t, report._id)).toBe(1);
    const queue = ok((await call<{ reports: HandlerReport[] }>('queue', {}, handler)).body).reports;
    expect(queue.map((r) => r.trackingNo)).toEqual([report.trackingNo]);
    expect(ok((await call<MyReport>('getMine', { id: report._id }, citizen)).body).security).toBe('passed');
  });

  it('gives each report of the day its own tracking number under that day (no day-wide serial to fight over)', async () => {
    const a = ok((await submitReport(t, citizen)).body);
    const b = ok((await submitReport(t, citizen, { setting: 'ebike', category: 'indoor' })).body);
    expect(b.trackingNo.slice(0, 11)).toBe(a.trackingNo.slice(0, 11));
    expect(b.trackingNo).not.toBe(a.trackingNo);
    expect(b.channelId).toBe('96119');
  });

  it('limits a reporter to 10 reports a day, with a clear message, and writes nothing for the 11th', async () => {
    for (let i = 0; i < 10; i += 1)
      ok(
        (
          await submitReport(t, citizen, {
            anonymous: i % 2 === 0,
            contact: i % 2 === 0 ? undefined : { name: '张三', phone: '13812345678' },
          })
        ).body,
      );
    const eleventh = await submitReport(t, citizen);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.ok || eleventh.body.error.message).toBe('每人每天最多提交 10 条举报，请明天再试');
    expect(await stored()).toHaveLength(10);
    const checks = await t.host.runtime.store.count(COLLECTIONS.reportMediaChecks, {});
    expect(checks).toBe(10);
    // Another reporter is not affected.
    ok((await submitReport(t, await t.signIn('citizen'))).body);
  });

  it.each([
    ['description', { description: '太短了' }, '隐患描述至少 10 个字'],
    ['description', { description: '长'.repeat(501) }, '隐患描述不能超过 500 个字'],
    ['place', { place: '' }, '请填写场所或单位名称'],
    ['location.address', { location: { address: '' } }, '请填写隐患地址'],
    ['location.latitude', { location: { address: '路口', latitude: 91 } }, '纬度不正确'],
    ['consent', { consent: false }, '请阅读并同意隐私说明'],
    ['category', { category: 'storage', setting: 'gas' }, '请选择隐患类别'],
    ['contact', { contact: undefined }, '实名举报请填写姓名和手机号'],
    ['contact.phone', { contact: { name: '张三', phone: '12345678901' } }, '请填写正确的 11 位手机号'],
    ['contact', { anonymous: true }, '匿名举报不收集姓名和手机号'],
    ['photos', { photos: [] }, '请至少上传 1 张现场照片'],
    ['photos', { photos: Array.from({ length: 10 }, (_, i) => `local://x/${i}.png`) }, '照片最多 9 张'],
    ['photos', { photos: ['local://reports/someone-else/key/0.png'] }, '照片需要重新上传'],
    ['seenAt', { seenAt: Date.now() - 100 * 86_400_000 }, '发现时间需在最近 90 天内'],
    ['description', { description: '这里有人组织赌博还有安全隐患' }, '含有不当内容'],
  ])('refuses a bad %s (case %#) with its message and stores nothing', async (field, overrides, message) => {
    const res = await submitReport(t, citizen, overrides);
    expect(res.status).toBe(400);
    if (res.body.ok) throw new Error('accepted');
    expect(res.body.error.fieldErrors?.[field]).toBe(message);
    expect(await stored()).toHaveLength(0);
    expect(await t.host.runtime.store.count(COLLECTIONS.reportCounters, {})).toBe(0);
  });

  it('refuses an oversized photo, a wrong type and an upload outside the caller’s folder', async () => {
    const key = newClientKey();
    const big = await uploadPhotoTo(t.host.url, citizen, key, 0, {
      bytes: Buffer.alloc(601 * 1024, 1),
      ext: 'jpg',
    }).catch((e: Error) => e.message);
    expect(big).toBe('单张照片不能超过 600 KB，请压缩后重试');
    const gif = await uploadPhotoTo(t.host.url, citizen, key, 1, { bytes: Buffer.from('GIF89a……'), ext: 'jpg' });
    const res = await call('submit', reportPayload(key, [gif]), citizen);
    expect(res.body.ok || res.body.error.message).toBe('只能上传 JPG 或 PNG 照片');
    expect(await stored()).toHaveLength(0);
    const outside = await fetch(`${t.host.url}/files/reports/0123456789abcdef0123456789abcdef/0.jpg`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${citizen}` },
      body: new Uint8Array(Buffer.from(PNG_1PX, 'base64')),
    });
    expect(outside.status).toBe(403);
    const anonymous = await fetch(`${t.host.url}/files/uploads/0123456789abcdef0123456789abcdef/0.jpg`, {
      method: 'PUT',
      body: new Uint8Array(Buffer.from(PNG_1PX, 'base64')),
    });
    expect(anonymous.status).toBe(401);
  });

  it('shows a reporter only their own reports', async () => {
    const mine = ok((await submitReport(t, citizen)).body);
    const other = await t.signIn('citizen');
    expect(ok((await call<MyReport[]>('mine', undefined, other)).body)).toEqual([]);
    expect((await call('getMine', { id: mine._id }, other)).status).toBe(404);
    expect(ok((await call<MyReport[]>('mine', undefined, citizen)).body).map((r) => r._id)).toEqual([mine._id]);
    // A citizen cannot reach the handler's actions at all.
    expect((await call('detail', { id: mine._id }, citizen)).status).toBe(403);
  });

  it('refuses a handler a report of a channel they do not belong to', async () => {
    const fire = ok((await submitReport(t, citizen, { setting: 'fire_lane', category: 'blocked' })).body);
    await deliverVerdicts(t, fire._id);
    expect(fire.channelId).toBe('96119');
    // The demo handler answers every channel; this one only 12350 and 12345.
    const elsewhere = await handlerOf(t, ['12350', '12345']);
    const detail = await call('detail', { id: fire._id }, elsewhere);
    expect(detail.status).toBe(403);
    expect(detail.body.ok || detail.body.error.message).toBe('这条举报不属于您负责的渠道');
    const move = await call('transition', { id: fire._id, to: 'accepted', note: '受理' }, elsewhere);
    expect(move.status).toBe(403);
    expect((await call('queue', { channelId: '96119' }, elsewhere)).status).toBe(403);
    expect(ok((await call<{ reports: unknown[] }>('queue', {}, elsewhere)).body).reports).toHaveLength(0);
    expect((await stored())[0].status).toBe('submitted');
  });

  it('moves a report through the workflow with required notes, each change audited and shown to the reporter', async () => {
    const report = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, report._id);
    const move = (to: string, note: string, extra = {}) =>
      call<HandlerReport>('transition', { id: report._id, to, note, ...extra }, handler);

    const noNote = await move('accepted', '');
    expect(noNote.body.ok || noNote.body.error.fieldErrors?.note).toBe('请填写处理说明');
    const skip = await move('closed', '直接办结');
    expect(skip.body.ok || skip.body.error.message).toBe('当前状态为“已提交”，不能改为“已办结”');

    ok((await move('accepted', '已转应急管理局执法大队')).body);
    ok((await call('setSeverity', { id: report._id, severity: 'major', note: '构成重大事故隐患' }, handler)).body);
    const { suggested } = deadlineRange(Date.now());
    ok((await move('rectifying', '已责令停业整改', { deadline: suggested })).body);
    expect((await stored())[0].deadline).toBe(suggested);
    const closed = ok((await move('closed', '复查合格，已办结')).body);
    expect(closed.status).toBe('closed');
    expect(closed.severity).toBe('major');
    const statusEvents = closed.events.filter((e) => e.kind === 'status');
    expect(statusEvents.map((e) => [e.from, e.to, e.actor])).toEqual([
      ['submitted', 'accepted', 'dev-handler'],
      ['accepted', 'rectifying', 'dev-handler'],
      ['rectifying', 'closed', 'dev-handler'],
    ]);
    const audits = await t.host.runtime.store.find<{ _id: string; action: string; actor: string }>(
      COLLECTIONS.auditLogs,
      {
        target: report._id,
      },
    );
    expect(audits.map((a) => a.action).sort()).toEqual([
      'reports.setSeverity',
      'reports.transition',
      'reports.transition',
      'reports.transition',
    ]);

    const seen = ok((await call<MyReport>('getMine', { id: report._id }, citizen)).body);
    expect(seen.timeline.map((e) => e.label ?? e.status)).toEqual([
      'submitted',
      '审核通过',
      'accepted',
      'rectifying',
      'closed',
    ]);
    expect(JSON.stringify(seen)).not.toContain('dev-handler');
    expect(seen.deadline).toBe(suggested);
    expect(seen.timeline.find((e) => e.status === 'rectifying')?.note).toBe(`整改限期至 ${suggested}。已责令停业整改`);
    const sent = await t.host.runtime.store.find<{ _id: string; toOpenid: string; data: { status: string } }>(
      'notifications',
      {},
    );
    expect(sent.map((n) => n.data.status)).toEqual(['已受理', '整改中', '已办结']);
  });

  it('整改限期 (a China day) is required, server-checked in Chinese, and counts on the 已超期 tab once past', async () => {
    // 23:30 China time two days on (the report's 发现时间 is the real now, never after the host's clock).
    const today = chinaDay(Date.now() + 2 * DAY_MS);
    const tomorrow = chinaDay(chinaDayStart(today) + DAY_MS);
    let now = chinaDayStart(today) + 23.5 * 3600_000;
    await t.stop();
    t = await startTestHost({ now: () => now });
    citizen = await t.signIn('citizen');
    handler = await t.signIn('handler');
    const report = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, report._id);
    ok((await call('transition', { id: report._id, to: 'accepted', note: '受理' }, handler)).body);
    const before = JSON.stringify(await stored());
    const rectify = (deadline?: unknown) =>
      call('transition', { id: report._id, to: 'rectifying', note: '限期整改', deadline }, handler);
    for (const [deadline, message] of [
      [undefined, '请选择整改限期'],
      [chinaDay(chinaDayStart(today) - DAY_MS), '整改限期不能早于今天'],
      ['2026-02-30', '整改限期不是有效日期'],
      ['6/30', '整改限期不是有效日期'],
      [chinaDay(chinaDayStart(today) + 91 * DAY_MS), `整改限期不能超过 90 天（最晚 ${deadlineRange(now).last}）`],
    ] as const) {
      const refused = await rectify(deadline);
      expect(refused.status).toBe(400);
      expect(refused.body.ok || refused.body.error.fieldErrors?.deadline || refused.body.error.message).toBe(message);
    }
    expect(JSON.stringify(await stored())).toBe(before);

    ok((await rectify(today)).body);
    const overdue = async () =>
      ok((await call<{ reports: HandlerReport[] }>('queue', { tab: 'overdue' }, handler)).body).reports.map(
        (r) => r.trackingNo,
      );
    // Due by the end of that day China time: not late at 23:59, late at 00:00 the next day.
    now = chinaDayStart(tomorrow) - 60_000;
    expect(await overdue()).toEqual([]);
    now = chinaDayStart(tomorrow);
    expect(await overdue()).toEqual([report.trackingNo]);
    const seen = ok((await call<MyReport>('getMine', { id: report._id }, citizen)).body);
    expect(seen.deadline).toBe(today);
  });

  it('no change to a final report: 已办结 and 不予受理 refuse every handler change in Chinese and keep what is saved', async () => {
    const closed = ok((await submitReport(t, citizen)).body);
    const refused = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, closed._id);
    await deliverVerdicts(t, refused._id);
    ok((await call('transition', { id: closed._id, to: 'accepted', note: '受理' }, handler)).body);
    ok((await call('transition', { id: closed._id, to: 'closed', note: '已办结' }, handler)).body);
    const reject = { id: refused._id, to: 'rejected', note: '无具体对象', reasonId: 'no_facts' };
    ok((await call('transition', reject, handler)).body);
    const before = JSON.stringify(await stored());
    const admin = await t.signIn('admin');
    for (const [report, message] of [
      [closed, '这条举报已办结，不能再改动'],
      [refused, '这条举报已不予受理，不能再改动'],
    ] as const) {
      for (const who of [handler, admin]) {
        for (const [action, payload] of [
          ['setSeverity', { id: report._id, severity: 'major', note: '补定为重大隐患' }],
          [
            'transition',
            { id: report._id, to: 'rectifying', note: '重新整改', deadline: deadlineRange(Date.now()).suggested },
          ],
          ['transition', { id: report._id, to: 'accepted', note: '重新受理' }],
        ] as const) {
          const answer = await call(action, payload, who);
          expect(answer.status).toBe(409);
          expect(answer.body.ok || answer.body.error.message).toBe(message);
        }
      }
    }
    expect(JSON.stringify(await stored())).toBe(before);
  });

  it('转办: a misrouted report leaves the channel for another one with its reason, audited, and the reporter reads the channel by name', async () => {
    const report = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, report._id);
    ok((await call('transition', { id: report._id, to: 'accepted', note: '受理' }, handler)).body);
    const mine = await handlerOf(t, ['12350']);
    const gas = await handlerOf(t, ['12345']);
    const before = JSON.stringify(await stored());
    for (const [payload, message] of [
      [{ id: report._id, channelId: '12350', reason: '转办' }, '这条举报已在该渠道，请选择其他渠道'],
      [{ id: report._id, channelId: 'nowhere', reason: '转办' }, '请选择转办的渠道'],
      [{ id: report._id, channelId: '12345', reason: '' }, '请填写转办理由'],
    ] as const) {
      const refused = await call('reroute', payload, mine);
      expect(refused.status).toBe(400);
      expect(refused.body.ok || refused.body.error.message).toBe(message);
    }
    // Only a handler of the report's own channel moves it.
    expect((await call('reroute', { id: report._id, channelId: '96119', reason: '转办' }, gas)).status).toBe(403);
    expect(JSON.stringify(await stored())).toBe(before);

    const moved = ok(
      (
        await call<HandlerReport>(
          'reroute',
          { id: report._id, channelId: '12345', reason: '属城镇燃气，转 12345 派单' },
          mine,
        )
      ).body,
    );
    expect(moved).toMatchObject({ channelId: '12345', status: 'submitted' });
    const queued = async (token: string) =>
      ok((await call<{ reports: HandlerReport[] }>('queue', { tab: 'new' }, token)).body).reports.map(
        (r) => r.trackingNo,
      );
    expect(await queued(mine)).toEqual([]);
    expect(await queued(gas)).toEqual([report.trackingNo]);
    // Once moved it is no longer the first channel's to move again.
    expect((await call('reroute', { id: report._id, channelId: '96119', reason: '再转' }, mine)).status).toBe(403);
    const audits = await t.host.runtime.store.find<{ _id: string; action: string }>(COLLECTIONS.auditLogs, {
      target: report._id,
      action: 'reports.reroute',
    });
    expect(audits).toHaveLength(1);

    const seen = ok((await call<MyReport>('getMine', { id: report._id }, citizen)).body);
    const entry = seen.timeline.find((e) => e.label?.startsWith('已转办至'));
    expect(entry).toMatchObject({ label: '已转办至 12345 政务服务便民热线', note: '属城镇燃气，转 12345 派单' });
    expect(seen.channelId).toBe('12345');
  });

  it('整改照片: the handler’s own uploads go with 办结, cleaned like a reporter’s, and the reporter sees them on the timeline', async () => {
    const report = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, report._id);
    ok((await call('transition', { id: report._id, to: 'accepted', note: '受理' }, handler)).body);
    const clientKey = newClientKey();
    const mine = await uploadPhotoTo(t.host.url, handler, clientKey, 0);
    const citizenKey = newClientKey();
    const theirs = await uploadPhotoTo(t.host.url, citizen, citizenKey, 0);
    const before = JSON.stringify(await stored());
    for (const [payload, message] of [
      [{ to: 'closed', clientKey: citizenKey, photos: [theirs] }, '照片需要重新上传'],
      [{ to: 'closed', clientKey, photos: [mine, mine, mine, mine] }, '整改照片最多 3 张'],
    ] as const) {
      const refused = await call('transition', { id: report._id, note: '复查合格', ...payload }, handler);
      expect(refused.status).toBe(400);
      expect(refused.body.ok || refused.body.error.message).toBe(message);
    }
    expect(JSON.stringify(await stored())).toBe(before);

    const closed = ok(
      (
        await call<HandlerReport>(
          'transition',
          { id: report._id, to: 'closed', note: '复查合格', clientKey, photos: [mine] },
          handler,
        )
      ).body,
    );
    const [photo] = closed.events.find((e) => e.to === 'closed')?.photos ?? [];
    expect(photo.fileId).not.toBe(mine);
    const seen = ok((await call<MyReport>('getMine', { id: report._id }, citizen)).body);
    expect(seen.timeline.find((e) => e.status === 'closed')?.photos).toEqual([photo]);
  });

  it('rejects with a reason from the list, linking the earlier report', async () => {
    const earlier = ok((await submitReport(t, citizen)).body);
    const again = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, again._id);
    const refuse = await call(
      'transition',
      { id: again._id, to: 'rejected', note: '重复', reasonId: 'duplicate' },
      handler,
    );
    expect(refuse.body.ok || refuse.body.error.message).toContain('请填写此前已受理的举报编号');
    const unknown = await call(
      'transition',
      { id: again._id, to: 'rejected', note: '重复', reasonId: 'duplicate', linkedTrackingNo: 'YH20200101-000001' },
      handler,
    );
    expect(unknown.body.ok || unknown.body.error.message).toBe('没有找到此前的这条举报，请核对举报编号');
    ok(
      (
        await call(
          'transition',
          {
            id: again._id,
            to: 'rejected',
            note: '与此前举报为同一事项',
            reasonId: 'duplicate',
            linkedTrackingNo: earlier.trackingNo,
          },
          handler,
        )
      ).body,
    );
    const seen = ok((await call<MyReport>('getMine', { id: again._id }, citizen)).body);
    expect(seen).toMatchObject({
      status: 'rejected',
      rejectReason: '同一事项已受理',
      linkedTrackingNo: earlier.trackingNo,
    });
  });

  it('masks a real-name contact and logs every reveal', async () => {
    const report = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, report._id);
    const detail = ok((await call<HandlerReport>('detail', { id: report._id }, handler)).body);
    expect(detail.contact).toEqual({ name: '张*', phone: '138****5678' });
    expect(JSON.stringify(detail)).not.toContain('13812345678');
    const revealed = ok((await call('revealContact', { id: report._id }, handler)).body);
    expect(revealed).toEqual({ name: '张三', phone: '13812345678' });
    const after = ok((await call<HandlerReport>('detail', { id: report._id }, handler)).body);
    expect(after.events.filter((e) => e.kind === 'reveal').map((e) => e.actor)).toEqual(['dev-handler']);
    const audits = await t.host.runtime.store.find<{ _id: string; action: string; actor: string }>(
      COLLECTIONS.auditLogs,
      {
        action: 'reports.revealContact',
      },
    );
    expect(audits.map((a) => a.actor)).toEqual(['dev-handler']);
  });

  it('keeps nothing that reaches an anonymous reporter, yet lets them follow the report', async () => {
    const me = ok((await t.call<{ openid: string }>('admin', { action: 'me' }, citizen)).body).openid;
    const report = ok((await submitReport(t, citizen, { anonymous: true, contact: undefined })).body);
    await deliverVerdicts(t, report._id);
    const doc = (await stored())[0];
    expect(doc.openid).toBeNull();
    expect(doc.contact).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain(me);
    const detail = ok((await call<HandlerReport>('detail', { id: report._id }, handler)).body);
    expect(JSON.stringify(detail)).not.toContain(me);
    expect(detail.contact).toBeUndefined();
    const reveal = await call('revealContact', { id: report._id }, handler);
    expect(reveal.body.ok || reveal.body.error.message).toBe('这是匿名举报，没有联系方式');
    ok((await call('transition', { id: report._id, to: 'accepted', note: '受理' }, handler)).body);
    expect(await t.host.runtime.store.count('notifications', {})).toBe(0);
    const timeline = ok((await call<MyReport[]>('mine', undefined, citizen)).body)[0].timeline;
    expect(timeline.map((e) => e.label ?? e.status)).toEqual(['submitted', '审核通过', 'accepted']);
  });

  it('holds a report whose photo or text needs review until an admin decides', async () => {
    const admin = await t.signIn('admin');
    const risky = ok((await submitReport(t, citizen)).body);
    await deliverVerdicts(t, risky._id, 'risky');
    expect(ok((await call<MyReport>('getMine', { id: risky._id }, citizen)).body).security).toBe('held');
    const early = await call('transition', { id: risky._id, to: 'accepted', note: '受理' }, admin);
    expect(early.status).toBe(409);
    expect(early.body.ok || early.body.error.message).toBe('内容审核通过后才能处理这条举报');
    const review = ok((await submitReport(t, citizen, { description: '【待审】仓库里堆了很多桶稀释剂' })).body);
    expect(review.security).toBe('held');
    expect(ok((await call<{ reports: unknown[] }>('queue', {}, handler)).body).reports).toHaveLength(0);
    ok((await call('moderate', { id: review._id, decision: 'pass', note: '人工复核无问题' }, admin)).body);
    const queue = ok((await call<{ reports: HandlerReport[] }>('queue', {}, handler)).body).reports;
    expect(queue.map((r) => r._id)).toEqual([review._id]);
    expect((await call('moderate', { id: review._id, decision: 'pass', note: 'x' }, handler)).status).toBe(409);
  });

  it('the 待审核 desk: the channel handler releases or refuses, the reporter reads the outcome', async () => {
    const held = ok((await submitReport(t, citizen, { description: '【待审】仓库里堆了很多桶稀释剂' })).body);
    const refused = ok((await submitReport(t, citizen, { description: '【待审】另一处仓库堆放稀释剂' })).body);
    const desk = ok((await call<{ reports: HandlerReport[] }>('queue', { tab: 'review' }, handler)).body).reports;
    expect(desk.map((r) => r._id)).toEqual([held._id, refused._id]);
    const other = await t.signIn('citizen');
    expect((await call('moderate', { id: held._id, decision: 'pass', note: '无问题' }, other)).status).toBe(403);

    ok((await call('moderate', { id: held._id, decision: 'pass', note: '人工复核无问题' }, handler)).body);
    ok((await call('moderate', { id: refused._id, decision: 'hold', note: '照片与描述不符' }, handler)).body);
    const again = await call('moderate', { id: refused._id, decision: 'pass', note: '再审' }, handler);
    expect(again.status).toBe(409);

    const fresh = ok((await call<{ reports: HandlerReport[] }>('queue', { tab: 'new' }, handler)).body).reports;
    expect(fresh.map((r) => r._id)).toContain(held._id);
    expect(ok((await call<{ reports: unknown[] }>('queue', { tab: 'review' }, handler)).body).reports).toHaveLength(0);
    const mine = ok((await call<MyReport>('getMine', { id: refused._id }, citizen)).body);
    expect([mine.status, mine.rejectReason]).toEqual(['rejected', '内容审核未通过']);
    expect(mine.timeline.map((e) => [e.status, e.note])).toEqual([
      ['submitted', undefined],
      ['rejected', '照片与描述不符'],
    ]);
    const passed = ok((await call<MyReport>('getMine', { id: held._id }, citizen)).body);
    expect(passed.timeline.map((e) => e.label ?? e.status)).toEqual(['submitted', '审核通过']);
  });

  it('gives organizers and handlers an overview, scoped to the handler channels', async () => {
    const a = ok((await submitReport(t, citizen)).body);
    const b = ok((await submitReport(t, citizen, { setting: 'ebike', category: 'indoor', place: '幸福小区3栋' })).body);
    await deliverVerdicts(t, a._id);
    await deliverVerdicts(t, b._id);
    const organizer = await t.signIn('organizer');
    const wide = ok((await call<{ total: number; byChannel: Record<string, number> }>('overview', {}, organizer)).body);
    expect(wide.byChannel).toEqual({ '12350': 1, '96119': 1 });
    const ofChemicals = await handlerOf(t, ['12350']);
    const narrow = ok((await call<{ total: number; places: { place: string }[] }>('overview', {}, ofChemicals)).body);
    expect(narrow.total).toBe(1);
    expect(narrow.places.map((p) => p.place)).toEqual(['某某化工经营部']);
    expect((await call('overview', {}, citizen)).status).toBe(403);
  });

  it('uploads photos only under the caller’s own key', async () => {
    const key = newClientKey();
    const [mineId] = await uploadPhotos(t, citizen, key);
    const other = await t.signIn('citizen');
    const res = await call('submit', reportPayload(key, [mineId]), other);
    expect(res.body.ok || res.body.error.message).toBe('照片需要重新上传');
  });
});
