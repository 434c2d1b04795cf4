import { chinaDay } from '@domain/common/china-time';
import { CODE_WINDOW_MS } from '@domain/activities/codes';
import type { Activity, Checkin, LiveAttendance, LiveCode, StatsTable } from '@domain/activities/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import {
  activityPayload,
  codeAt,
  countersOf,
  createActivity,
  north,
  ok,
  person,
  posterCode,
  readSheet,
  refusal,
} from '../support/checkins';

type CheckInResult = { checkin: Checkin; already: boolean };
const UNIT = '示范街道办事处';

describe('checkins function over the local HTTP host', () => {
  let t: TestHost;
  let organizer: string;
  let citizen: string;

  beforeEach(async () => {
    t = await startTestHost();
    organizer = await t.signIn('organizer');
    citizen = await t.signIn('citizen');
  });
  afterEach(() => t.stop());

  const checkIn = (token: string, payload: Record<string, unknown>) =>
    t.call<CheckInResult>('checkins', { action: 'checkIn', payload: { ...person(1), ...payload } }, token);
  const storedCheckins = () => t.host.runtime.store.count(COLLECTIONS.checkins, {});

  it('lets only organizers create activities, always for their own unit', async () => {
    const refused = await t.call('checkins', { action: 'create', payload: activityPayload() }, citizen);
    expect(refused.status).toBe(403);
    expect(refusal(refused.body).message).toBe('此操作需要活动组织者身份');

    const activity = await createActivity(t, organizer);
    expect(activity).toMatchObject({ unit: UNIT, kind: 'community', codeMode: 'live' });
    expect(activity._id).toMatch(/^[A-Za-z0-9_-]{10}$/);

    const before = await t.host.runtime.store.count(COLLECTIONS.activities, {});
    const bad = await t.call(
      'checkins',
      { action: 'create', payload: activityPayload({ endAt: Date.now() - 3600_000, title: '' }) },
      organizer,
    );
    expect(refusal(bad.body).fieldErrors).toMatchObject({ title: '请填写活动名称' });
    const early = await t.call(
      'checkins',
      { action: 'create', payload: activityPayload({ endAt: Date.now() - 3600_000 }) },
      organizer,
    );
    expect(refusal(early.body).fieldErrors).toEqual({ endAt: '结束时间应晚于开始时间，且活动不超过 7 天' });
    const june2025 = Date.parse('2025-06-16T01:00:00Z');
    const fiveYear = await t.call(
      'checkins',
      {
        action: 'create',
        payload: activityPayload({ kind: 'government', startAt: june2025, endAt: june2025 + 3600_000 }),
      },
      organizer,
    );
    expect(refusal(fiveYear.body).message).toBe('2025年的安全宣传没有“进机关”');
    expect(await t.host.runtime.store.count(COLLECTIONS.activities, {})).toBe(before);
  });

  it('keeps other units out of an activity', async () => {
    const activity = await createActivity(t, organizer);
    const admin = await t.signIn('admin');
    const otherToken = await t.signIn('citizen');
    const me = ok((await t.call<{ openid: string }>('admin', { action: 'me' }, otherToken)).body);
    ok(
      (
        await t.call(
          'admin',
          { action: 'grantRole', payload: { openid: me.openid, roles: ['organizer'], unit: '另一街道办事处' } },
          admin,
        )
      ).body,
    );
    for (const [fn, actionName] of [
      ['checkins', 'liveCode'],
      ['checkins', 'live'],
      ['exports', 'attendance'],
    ]) {
      const res = await t.call(fn, { action: actionName, payload: { id: activity._id } }, otherToken);
      expect(refusal(res.body).message).toBe('只能管理本单位的活动');
    }
    const stats = await t.call(
      'checkins',
      { action: 'stats', payload: { unit: UNIT, from: '2026-06-01', to: '2026-06-30' } },
      otherToken,
    );
    expect(refusal(stats.body).message).toBe('只能查看本单位的统计表');
  });

  it('checks in with the live QR or the 6-digit code; twice answers the first', async () => {
    const activity = await createActivity(t, organizer);
    const live = ok(
      (await t.call<LiveCode>('checkins', { action: 'liveCode', payload: { id: activity._id } }, organizer)).body,
    );
    expect(live.code).toMatch(/^\d{6}$/);
    expect(live.scene.length).toBeLessThanOrEqual(32);
    expect(live.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(live.rotatesAt - Date.now()).toBeLessThanOrEqual(CODE_WINDOW_MS);

    const scanned = ok((await checkIn(citizen, { scene: live.scene })).body);
    expect(scanned.already).toBe(false);
    expect(scanned.checkin).toMatchObject({ activityId: activity._id, source: 'scan', unit: UNIT, kind: 'community' });

    const again = ok((await checkIn(citizen, { scene: live.scene, name: '改了名字' })).body);
    expect(again.already).toBe(true);
    expect(again.checkin).toEqual(scanned.checkin);

    const typer = await t.signIn('citizen');
    const typed = ok((await checkIn(typer, { activityId: activity._id, code: live.code })).body);
    expect(typed.checkin.source).toBe('code');
    // Without the activity: the code alone finds it among the activities open now.
    const walkIn = await t.signIn('citizen');
    const found = ok((await checkIn(walkIn, { code: codeAt(t, activity._id).code })).body);
    expect(found.checkin.activityId).toBe(activity._id);

    const view = ok(
      (await t.call<LiveAttendance>('checkins', { action: 'live', payload: { id: activity._id } }, organizer)).body,
    );
    expect(view.count).toBe(3);
    expect(view.checkins.map((c) => c.source).sort()).toEqual(['code', 'code', 'scan']);

    const mine = ok((await t.call<{ activity: { title: string } }[]>('checkins', { action: 'mine' }, citizen)).body);
    expect(mine.map((m) => m.activity.title)).toEqual([activity.title]);
  });

  it('refuses expired, replayed, forged and other-activity codes in Chinese, storing nothing', async () => {
    const activity = await createActivity(t, organizer);
    const other = await createActivity(t, organizer, { title: '另一场活动' });
    const before = await storedCheckins();
    const old = codeAt(t, activity._id, Date.now() - 3 * CODE_WINDOW_MS);
    const forged = codeAt(t, activity._id).scene.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const cases: [Record<string, unknown>, string][] = [
      [{ scene: old.scene }, '签到码已过期，请扫描或输入现场屏幕上最新的签到码'],
      [{ activityId: activity._id, code: old.code }, '签到码已过期，请扫描或输入现场屏幕上最新的签到码'],
      [{ scene: forged }, '签到码无效，请扫描现场的签到二维码'],
      [{ scene: `${activity._id}.zzzzz.0123456789ab` }, '签到码无效，请扫描现场的签到二维码'],
      [{ scene: 'hello' }, '这不是活动签到二维码'],
      [
        { scene: codeAt(t, other._id).scene, activityId: activity._id },
        '这个签到码属于另一场活动，请扫描本场活动的二维码',
      ],
      [{ scene: posterCode(t, activity._id).scene }, '签到码已过期，请扫描或输入现场屏幕上最新的签到码'],
    ];
    for (const [payload, message] of cases) {
      const res = await checkIn(citizen, payload);
      expect([res.status, refusal(res.body).message]).toEqual([400, message]);
    }
    const wrong = await checkIn(citizen, { activityId: activity._id, code: codeAt(t, other._id).code });
    expect(refusal(wrong.body)).toMatchObject({
      message: '签到码不正确，还可再试 4 次',
      fieldErrors: { code: '签到码不正确' },
    });
    const missing = await checkIn(citizen, {});
    expect(refusal(missing.body).message).toBe('请扫描现场二维码或输入 6 位签到码');
    expect(await storedCheckins()).toBe(before);
  });

  it('rate-limits wrong 6-digit codes per person', async () => {
    const activity = await createActivity(t, organizer);
    const right = codeAt(t, activity._id).code;
    const wrongCode = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i += 1) {
      const res = await checkIn(citizen, { activityId: activity._id, code: wrongCode });
      expect(res.status).toBe(404);
    }
    const limited = await checkIn(citizen, { activityId: activity._id, code: right });
    expect([limited.status, refusal(limited.body).message]).toEqual([
      429,
      '签到码输错次数过多，请 10 分钟后再试，或扫描现场二维码',
    ]);
    // Someone else is not affected.
    ok((await checkIn(await t.signIn('citizen'), { activityId: activity._id, code: right })).body);
  });

  it('refuses a check-in outside the geofence with the distance, and without location says what is needed', async () => {
    const activity = await createActivity(t, organizer, { geofenceMeters: 200 });
    const scene = () => codeAt(t, activity._id).scene;
    const far = await checkIn(citizen, { scene: scene(), location: north(1500) });
    expect([far.status, refusal(far.body).message]).toEqual([403, '您距离活动地点约 1.5 公里，需在 200 米范围内签到']);
    const blind = await checkIn(citizen, { scene: scene() });
    expect(refusal(blind.body).message).toBe('此活动需在现场 200 米范围内签到，请允许小程序获取位置信息后重试');
    expect(await storedCheckins()).toBe(0);
    ok((await checkIn(citizen, { scene: scene(), location: { ...north(120), accuracy: 30 } })).body);
  });

  it('accepts a poster activity’s static code, checks the geofence, and closes after the activity', async () => {
    const poster = await createActivity(t, organizer, { codeMode: 'poster', geofenceMeters: 300 });
    const shown = ok(
      (await t.call<LiveCode>('checkins', { action: 'liveCode', payload: { id: poster._id } }, organizer)).body,
    );
    expect(shown.scene).toBe(posterCode(t, poster._id).scene);
    ok((await checkIn(citizen, { scene: shown.scene, location: north(10) })).body);

    // An activity cannot be created in the past; it ran its course in the store instead.
    const ended = await createActivity(t, organizer);
    await t.host.runtime.store.update(COLLECTIONS.activities, ended._id, {
      set: { startAt: Date.now() - 6 * 3600_000, endAt: Date.now() - 3 * 3600_000 },
    });
    const late = await checkIn(citizen, { scene: codeAt(t, ended._id).scene });
    expect(late.status).toBe(409);
    expect(refusal(late.body).message).toMatch(/^活动已结束，签到已关闭（签到时间为 .+（北京时间））$/);
  });

  it('every check-in is accepted only within its window: a row typed by the organizer too', async () => {
    const ended = await createActivity(t, organizer);
    await t.host.runtime.store.update(COLLECTIONS.activities, ended._id, {
      set: { startAt: Date.now() - 30 * 3600_000, endAt: Date.now() - 28 * 3600_000 },
    });
    const typed = await t.call(
      'checkins',
      { action: 'addManual', payload: { activityId: ended._id, name: '王大爷', org: '示范社区' } },
      organizer,
    );
    expect(typed.status).toBe(409);
    expect(refusal(typed.body).message).toMatch(/^活动已结束，签到已关闭（签到时间为 .+（北京时间））$/);
    expect(await storedCheckins()).toBe(0);
  });

  it('adds people without phones, removes a mistaken row with a log entry, and counts only present rows', async () => {
    const activity = await createActivity(t, organizer);
    const manual = ok(
      (
        await t.call<Checkin>(
          'checkins',
          { action: 'addManual', payload: { activityId: activity._id, name: '王大爷', org: '示范社区' } },
          organizer,
        )
      ).body,
    );
    expect(manual).toMatchObject({ _id: `${activity._id}:manual:1`, source: 'manual', name: '王大爷' });
    const second = ok(
      (
        await t.call<Checkin>(
          'checkins',
          { action: 'addManual', payload: { activityId: activity._id, name: '李阿姨', org: '示范社区' } },
          organizer,
        )
      ).body,
    );
    expect(second._id).toBe(`${activity._id}:manual:2`);
    const byCitizen = await t.call(
      'checkins',
      { action: 'addManual', payload: { activityId: activity._id, name: 'x', org: 'y' } },
      citizen,
    );
    expect(byCitizen.status).toBe(403);

    const noReason = await t.call('checkins', { action: 'remove', payload: { id: manual._id, reason: '' } }, organizer);
    expect(refusal(noReason.body).message).toBe('请填写移除原因');
    const removed = ok(
      (
        await t.call<Checkin>(
          'checkins',
          { action: 'remove', payload: { id: manual._id, reason: '重复录入' } },
          organizer,
        )
      ).body,
    );
    expect(removed.removedAt).toEqual(expect.any(Number));
    ok(
      (await t.call('checkins', { action: 'remove', payload: { id: manual._id, reason: '重复录入' } }, organizer)).body,
    );

    const logs = await t.host.runtime.store.find<{ _id: string; action: string; detail: { reason: string } }>(
      COLLECTIONS.auditLogs,
      {
        target: manual._id,
        action: 'checkins.remove',
      },
    );
    expect(logs.map((l) => l.detail.reason)).toEqual(['重复录入']);
    const view = ok(
      (await t.call<LiveAttendance>('checkins', { action: 'live', payload: { id: activity._id } }, organizer)).body,
    );
    expect([view.count, view.checkins.map((c) => c.name)]).toEqual([1, ['李阿姨']]);
    expect(await countersOf(t, UNIT)).toMatchObject({ attendances: 1 });

    const file = ok(
      (
        await t.call<{ url: string; fileName: string }>(
          'exports',
          { action: 'attendance', payload: { id: activity._id } },
          organizer,
        )
      ).body,
    );
    expect(file.fileName).toBe(`${activity.title}-签到名单.xlsx`);
    const sheet = await readSheet(file.url);
    expect(sheet[2]).toEqual(['序号', '姓名', '单位', '签到时间', '方式']);
    expect(sheet[3].slice(0, 3)).toEqual([1, '李阿姨', '示范社区']);
    expect(sheet[4][0]).toBe('合计 1 人次');
  });

  it('builds the 统计表 from counters, with 咨询日 and 随手拍 counts, and exports it like 附件2', async () => {
    const today = chinaDay(Date.now());
    const community = await createActivity(t, organizer);
    const school = await createActivity(t, organizer, { kind: 'school', title: '进校园安全课' });
    for (let i = 0; i < 3; i += 1)
      ok((await checkIn(await t.signIn('citizen'), { scene: codeAt(t, community._id).scene })).body);
    ok((await checkIn(await t.signIn('citizen'), { scene: codeAt(t, school._id).scene })).body);
    // The other capabilities' documents, as they store them.
    const { store } = t.host.runtime;
    const now = Date.now();
    await store.insert(COLLECTIONS.sessions, { _id: 's1', eventId: 'e1', unit: UNIT, startAt: now });
    await store.insert(COLLECTIONS.sessions, { _id: 's2', eventId: 'e1', unit: '另一街道办事处', startAt: now });
    // Sign-ups count by their session's date, not the day they were made (a month earlier here).
    for (const [i, status] of ['confirmed', 'checked_in', 'cancelled', 'waitlisted'].entries()) {
      const createdAt = now - 30 * 86_400_000;
      await store.insert(COLLECTIONS.registrations, { _id: `r${i}`, sessionId: 's1', unit: UNIT, status, createdAt });
    }
    await store.insert(COLLECTIONS.registrations, { _id: 'r9', sessionId: 's2', status: 'confirmed', createdAt: now });
    // A report counts for the unit whose handler accepted it; one nobody here accepted is not the unit's.
    await store.insert(COLLECTIONS.hazardReports, { _id: 'h1', unit: UNIT, createdAt: now });
    await store.insert(COLLECTIONS.hazardReports, { _id: 'h2', createdAt: now });
    await store.insert(COLLECTIONS.hazardReports, { _id: 'h3', unit: '另一街道办事处', createdAt: now });

    const range = { from: today, to: today };
    const table = ok((await t.call<StatsTable>('checkins', { action: 'stats', payload: range }, organizer)).body);
    expect(table.unit).toBe(UNIT);
    expect(table.outreach.map((r) => [r.label, r.sessions, r.attendances])).toEqual([
      ['进企业', 0, 0],
      ['进农村', 0, 0],
      ['进社区', 1, 3],
      ['进学校', 1, 1],
      ['进家庭', 0, 0],
      ['进机关', 0, 0],
      ['进公共场所', 0, 0],
    ]);
    expect(table.consultation).toEqual({ sessions: 1, signups: 2, attended: 1 });
    expect(table.hazardReports).toBe(1);

    // The demo's June 2026 activity is in its own range only.
    const june = ok(
      (
        await t.call<StatsTable>(
          'checkins',
          { action: 'stats', payload: { from: '2026-06-01', to: '2026-06-30' } },
          organizer,
        )
      ).body,
    );
    expect(june.outreach.find((r) => r.kind === 'community')).toMatchObject({ sessions: 1, attendances: 0 });
    const june2025 = ok(
      (
        await t.call<StatsTable>(
          'checkins',
          { action: 'stats', payload: { from: '2025-06-01', to: '2025-06-30' } },
          organizer,
        )
      ).body,
    );
    expect(june2025.outreach.map((r) => r.label)).toEqual(['进企业', '进农村', '进社区', '进学校', '进家庭']);

    const bad = await t.call('checkins', { action: 'stats', payload: { from: today, to: '2020-01-01' } }, organizer);
    expect(refusal(bad.body).fieldErrors).toEqual({ to: '结束日期应不早于开始日期，且不超过一年' });

    const file = ok(
      (await t.call<{ url: string; fileName: string }>('exports', { action: 'stats', payload: range }, organizer)).body,
    );
    expect(file.fileName).toMatch(new RegExp(`^${UNIT}-\\d{4}年\\d{1,2}月.*-活动进展情况统计表\\.xlsx$`));
    const sheet = await readSheet(file.url);
    expect(sheet[0][0]).toBe('“安全生产月”活动进展情况统计表');
    expect(String(sheet[1][0])).toContain(`填报单位：${UNIT}`);
    const row = (label: string) => String(sheet.find((r) => r[0] === label)?.[1]);
    expect(row('抓好安全宣传“七进”末端落实')).toContain('开展安全宣传进社区活动（1）场、参与（3）人次');
    expect(row('认真开展“安全宣传咨询日”活动')).toContain('（1）场、报名（2）人次、现场签到（1）人次');
    expect(row('组织开展“查找身边安全隐患”系列行动')).toContain('举报（1）条');
  });

  it('works when the 咨询日 and 随手拍 collections are empty, and moves an empty activity between days', async () => {
    const activity = await createActivity(t, organizer);
    const tomorrow = Date.now() + 24 * 3600_000;
    const moved = ok(
      (
        await t.call<Activity>(
          'checkins',
          {
            action: 'update',
            payload: {
              id: activity._id,
              ...activityPayload({ kind: 'family', startAt: tomorrow, endAt: tomorrow + 3600_000 }),
            },
          },
          organizer,
        )
      ).body,
    );
    expect(moved.kind).toBe('family');
    const range = { from: chinaDay(Date.now()), to: chinaDay(tomorrow) };
    const table = ok((await t.call<StatsTable>('checkins', { action: 'stats', payload: range }, organizer)).body);
    expect(table.outreach.filter((r) => r.sessions > 0).map((r) => r.label)).toEqual(['进家庭']);
    expect(table.consultation).toEqual({ sessions: 0, signups: 0, attended: 0 });

    const busy = await createActivity(t, organizer);
    ok((await checkIn(citizen, { scene: codeAt(t, busy._id).scene })).body);
    const refused = await t.call(
      'checkins',
      { action: 'update', payload: { id: busy._id, ...activityPayload({ kind: 'school' }) } },
      organizer,
    );
    expect(refusal(refused.body).message).toBe('已有人签到的活动不能修改“七进”类型或活动日期');
  });
});
