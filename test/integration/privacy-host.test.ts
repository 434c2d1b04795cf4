import { chinaDay } from '@domain/common/china-time';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity, Checkin, LiveAttendance, StatsTable } from '@domain/activities/types';
import type { EventAdminView, MyRegistration, Registration } from '@domain/events/types';
import { ERASED_NAME, type Erasure, type MyData, type PurgeResult } from '@domain/privacy/my-data';
import { DAY_MS } from '@domain/privacy/retention';
import type { HandlerReport, HazardReport, MyReport } from '@domain/reports/types';
import type { AuditEntry } from '../../cloud/core/audit';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import { codeAt, createActivity } from '../support/checkins';
import { createEvent, dataOf, eventInput, signInWithOpenid, signUpPayload } from '../support/events';
import { deliverVerdicts, submitReport } from '../support/reports';
import { answersFor, handIn, startRound, unitCodeOf } from '../support/quiz';

const HOUR = 3600_000;
const MINUTE = 60_000;

/** The person who deletes their data: everything they typed is distinct from the others' in the store. */
const ME = { name: '李雷', phone: '13911112222', org: '雷锋车队' };
const CONTACT = { name: ME.name, phone: ME.phone };
const ATTENDEE = { name: ME.name, org: ME.org };

describe('删除我的数据 and the retention purge over the local HTTP host', () => {
  let t: TestHost;
  let clock: number;
  let organizer: string;
  let handler: string;
  let admin: string;

  beforeEach(async () => {
    clock = Date.now();
    t = await startTestHost({ now: () => clock });
    [organizer, handler, admin] = await Promise.all([t.signIn('organizer'), t.signIn('handler'), t.signIn('admin')]);
  });
  afterEach(() => t.stop());

  const call = <T>(fn: string, action: string, payload: unknown, token: string) =>
    t.call<T>(fn, { action, payload }, token);
  const store = () => t.host.runtime.store;

  /** Every document of every collection the store holds, read through the store. */
  async function everyRow(): Promise<{ collection: string; json: string }[]> {
    const db = new Database(join(t.dataDir, 'store.sqlite'), { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'")
      .all();
    db.close();
    const rows: { collection: string; json: string }[] = [];
    for (const { name } of tables as { name: string }[]) {
      const collection = name.slice(2);
      for (let skip = 0; ; skip += 1000) {
        const page = await store().find(collection, {}, { skip });
        rows.push(...page.map((doc) => ({ collection, json: JSON.stringify(doc) })));
        if (page.length < 1000) break;
      }
    }
    return rows;
  }

  /** What an organizer sees: both events' session counts, the live attendance and the 统计表. */
  async function organizerView(eventIds: string[], activityId: string) {
    const day = chinaDay(clock);
    const sessions = [];
    for (const eventId of eventIds) {
      const overview = dataOf(await call<EventAdminView>('events', 'overview', { eventId }, organizer));
      sessions.push(
        ...overview.sessions.map(({ capacity, confirmed, checkedIn }) => ({ capacity, confirmed, checkedIn })),
      );
    }
    const live = dataOf(await call<LiveAttendance>('checkins', 'live', { id: activityId }, organizer));
    const stats = dataOf(
      await call<StatsTable>('checkins', 'stats', { from: chinaDay(clock - 30 * DAY_MS), to: day }, organizer),
    );
    return { sessions, attendance: live.count, stats };
  }

  it('cancels, erases and unlinks everything of the caller and nothing of anyone else; a second call is harmless', async () => {
    const me = await signInWithOpenid(t, 'citizen');
    const waiting = await signInWithOpenid(t, 'citizen');

    // A sign-up whose session is over by the time of the deletion; the organizer looked at the full phone.
    const past = await createEvent(t, organizer, eventInput({}, { startAt: clock + HOUR, endAt: clock + 2 * HOUR }));
    const pastSignUp = dataOf(
      await call<MyRegistration>('events', 'signUp', signUpPayload(past.sessionId, CONTACT), me.token),
    );
    dataOf(await call('events', 'revealPhone', { registrationId: pastSignUp._id }, organizer));
    clock += DAY_MS;

    // An upcoming sign-up holding the only seat, with someone on the waitlist.
    const future = await createEvent(
      t,
      organizer,
      eventInput({}, { startAt: clock + 7 * DAY_MS, endAt: clock + 7 * DAY_MS + 2 * HOUR, capacity: 1 }),
    );
    dataOf(await call('events', 'signUp', signUpPayload(future.sessionId, CONTACT), me.token));
    const queued = dataOf(
      await call<MyRegistration>(
        'events',
        'signUp',
        signUpPayload(future.sessionId, { name: '韩梅梅', phone: '13933334444' }),
        waiting.token,
      ),
    );
    expect(queued.status).toBe('waitlisted');

    // A 七进 check-in, and one wrong code typed before it.
    const activity = await createActivity(t, organizer, { startAt: clock - 10 * MINUTE, endAt: clock + 2 * HOUR });
    await call('checkins', 'checkIn', { activityId: activity._id, code: '000000', ...ATTENDEE }, me.token);
    const checkIn = { activityId: activity._id, code: codeAt(t, activity._id, clock).code, ...ATTENDEE };
    dataOf(await call('checkins', 'checkIn', checkIn, me.token));

    // A 答题 round from the unit's code handed in (one 人次 of the unit) and one left open.
    const { code } = await unitCodeOf(t, organizer);
    const round = await startRound(t, me.token, code);
    dataOf(await handIn(t, me.token, round.roundId, await answersFor(t, round)));
    await startRound(t, me.token, code);

    // A real-name report (accepted, so a status notification was recorded for me) and an anonymous one.
    const named = dataOf(await submitReport(t, me.token, { contact: CONTACT }));
    const anonymous = dataOf(await submitReport(t, me.token, { anonymous: true, contact: undefined }));
    for (const r of [named, anonymous]) await deliverVerdicts(t, r._id);
    dataOf(await call('reports', 'transition', { id: named._id, to: 'accepted', note: '已转交街道' }, handler));

    const held = dataOf(await call<MyData>('privacy', 'myData', {}, me.token));
    expect(held).toEqual({
      signUps: { total: 2, upcoming: 1 },
      checkins: 1,
      reports: { total: 2, realName: 1 },
      contactStored: true,
    });
    const before = await organizerView([past.eventId, future.eventId], activity._id);
    // The 人次 the erasure must keep in the 统计表 (compared with the view after it).
    expect(before.stats.quiz).toBe(1);
    const mine = (rows: { json: string }[]) =>
      rows.filter(({ json }) => [me.openid, ME.name, ME.phone].some((s) => json.includes(s)));
    expect(mine(await everyRow()).length).toBeGreaterThan(0);

    const unconfirmed = await call('privacy', 'deleteMyData', {}, me.token);
    expect(unconfirmed.status).toBe(400);
    expect(!unconfirmed.body.ok && unconfirmed.body.error.message).toBe('请先确认删除我的数据');
    expect(dataOf(await call<MyData>('privacy', 'myData', {}, me.token))).toEqual(held);

    const done = dataOf(await call<Erasure>('privacy', 'deleteMyData', { confirm: true }, me.token));
    expect(done).toMatchObject({
      cancelledSignUps: 1,
      erasedSignUps: 2,
      erasedCheckins: 1,
      erasedQuizAttempts: 3,
      unlinkedReports: 2,
    });

    // The recorded notification, the wrong-code counter and the sign-up rate counter.
    expect(done.removedRecords).toBeGreaterThanOrEqual(2);

    // Nothing anywhere names me any more.
    expect(mine(await everyRow())).toEqual([]);

    // The freed seat went to the head of the waitlist, who was told.
    const [promoted] = dataOf(await call<MyRegistration[]>('events', 'mine', {}, waiting.token));
    expect(promoted.status).toBe('confirmed');
    const notes = await store().find<{ _id: string; toOpenid: string; template: string }>('notifications', {});
    expect(notes.map((n) => [n.toOpenid, n.template])).toEqual([[waiting.openid, 'waitlist_promoted']]);

    // The organizer's counts and 统计表 are as they were; the rows stay, anonymous.
    expect(await organizerView([past.eventId, future.eventId], activity._id)).toEqual(before);
    const rows = await store().find<Registration>(COLLECTIONS.registrations, { eventId: past.eventId });
    expect(rows.map((r) => [r.name, r.phone, r.openid, r.status])).toEqual([[ERASED_NAME, '', '', 'confirmed']]);
    const live = dataOf(await call<LiveAttendance>('checkins', 'live', { id: activity._id }, organizer));
    expect(live.checkins.map((c) => [c.name, c.org, c.openid])).toEqual([[ERASED_NAME, '', undefined]]);
    // The organizer's look at the phone is still logged, now against the anonymous row.
    const [reveal] = await store().find<AuditEntry>(COLLECTIONS.auditLogs, { action: 'events.revealPhone' });
    expect(reveal.target).toBe(rows[0]._id);

    // The reports stay in the handler's queue with their history, without the contact; I no longer see them.
    const queue = dataOf(
      await call<{ reports: { _id: string; status: string }[] }>('reports', 'queue', {}, handler),
    ).reports;
    expect(
      queue
        .filter((r) => [named._id, anonymous._id].includes(r._id))
        .map((r) => r.status)
        .sort(),
    ).toEqual(['accepted', 'submitted']);
    const detail = dataOf(await call<HandlerReport>('reports', 'detail', { id: named._id }, handler));
    expect(detail.contact).toBeUndefined();
    expect(detail.events.map((e) => e.to)).toContain('accepted');
    expect(dataOf(await call<MyReport[]>('reports', 'mine', {}, me.token))).toEqual([]);
    expect(dataOf(await call<MyData>('privacy', 'myData', {}, me.token))).toEqual({
      signUps: { total: 0, upcoming: 0 },
      checkins: 0,
      reports: { total: 0, realName: 0 },
      contactStored: false,
    });

    // The deletion is logged without who asked.
    const [logged] = await store().find<AuditEntry>(COLLECTIONS.auditLogs, {
      action: 'privacy.deleteMyData',
    });
    expect(logged.actor).toMatch(/^erasure:[0-9a-f]{16}$/);
    expect(logged.detail).toEqual(done);

    // Again: nothing left to do, nothing changes.
    const again = dataOf(await call<Erasure>('privacy', 'deleteMyData', { confirm: true }, me.token));
    expect(again).toEqual({
      cancelledSignUps: 0,
      erasedSignUps: 0,
      erasedCheckins: 0,
      erasedQuizAttempts: 0,
      unlinkedReports: 0,
      removedRecords: 0,
    });
    expect(dataOf(await call<MyRegistration[]>('events', 'mine', {}, waiting.token))[0].status).toBe('confirmed');
    expect(await organizerView([past.eventId, future.eventId], activity._id)).toEqual(before);
  });

  it('purges each kind exactly when its retention runs out, keeping every count', async () => {
    const me = await signInWithOpenid(t, 'citizen');
    const t0 = clock;
    // Two sessions and two activities ending a minute apart; the sessions one after the
    // other, since one person may not hold two sessions at the same time.
    const event = await createEvent(t, organizer, eventInput({}, { startAt: t0 + HOUR, endAt: t0 + 2 * HOUR }));
    const later = await createEvent(
      t,
      organizer,
      eventInput({}, { startAt: t0 + 2 * HOUR, endAt: t0 + 2 * HOUR + MINUTE }),
    );
    for (const s of [event.sessionId, later.sessionId]) {
      dataOf(await call('events', 'signUp', signUpPayload(s, CONTACT), me.token));
    }
    const activities: Activity[] = [];
    for (const endAt of [t0 + 2 * HOUR, t0 + 2 * HOUR + MINUTE]) {
      const a = await createActivity(t, organizer, { startAt: t0 - 10 * MINUTE, endAt });
      dataOf(
        await call(
          'checkins',
          'checkIn',
          { activityId: a._id, code: codeAt(t, a._id, clock).code, ...ATTENDEE },
          me.token,
        ),
      );
      activities.push(a);
    }
    // A wrong code typed without naming the activity: an attempt counter.
    await call('checkins', 'checkIn', { code: '000000', ...ATTENDEE }, me.token);
    expect(await store().count(COLLECTIONS.checkinAttempts, {})).toBe(1);
    // Two reports closed a minute apart.
    const reports: { id: string; photos: string[] }[] = [];
    for (const minute of [10, 11]) {
      const filed = await submitReport(t, me.token, { contact: CONTACT });
      const id = dataOf(filed)._id;
      await deliverVerdicts(t, id);
      dataOf(await call('reports', 'transition', { id, to: 'accepted', note: '已受理' }, handler));
      clock = t0 + minute * MINUTE;
      dataOf(await call('reports', 'transition', { id, to: 'closed', note: '已整改' }, handler));
      // The report's own clean copies; the uploads they were made from are gone once it is filed.
      reports.push({ id, photos: dataOf(filed).photos.map((p) => p.fileId) });
    }

    const purge = async (at: number) => {
      clock = at;
      return dataOf(await call<PurgeResult>('privacy', 'purgeExpired', {}, admin));
    };
    const signUpOf = (sessionId: string) =>
      store()
        .find<Registration>(COLLECTIONS.registrations, { sessionId })
        .then(([r]) => r);
    const checkinOf = (activityId: string) =>
      store()
        .find<Checkin>(COLLECTIONS.checkins, { activityId })
        .then(([c]) => c);
    const report = (id: string) => store().get<HazardReport>(COLLECTIONS.hazardReports, id);
    const photoFile = (fileId: string) => join(t.dataDir, 'files', fileId.replace(/^local:\/\//, ''));
    const statsAt = async () =>
      dataOf(await call<StatsTable>('checkins', 'stats', { from: chinaDay(t0), to: chinaDay(t0) }, organizer));
    const stats = await statsAt();

    const none = {
      signupContact: 0,
      checkinIdentity: 0,
      reportPersonal: 0,
      notifications: 0,
      counters: 0,
      auditLogs: 0,
    };
    expect(await purge(t0 + 20 * MINUTE)).toEqual({ counts: none, more: false });

    // 90 days after the first session and activity ended: theirs go, the ones ending a minute later stay.
    const first = await purge(t0 + 2 * HOUR + 90 * DAY_MS);
    expect(first.counts).toMatchObject({ signupContact: 1, checkinIdentity: 1, reportPersonal: 0, auditLogs: 0 });
    // The report notifications (30 days) and the attempt counters (a day after their window) are gone too.
    expect(first.counts.notifications).toBe(4);
    expect(first.counts.counters).toBeGreaterThanOrEqual(2);
    expect(await store().count(COLLECTIONS.checkinAttempts, {})).toBe(0);
    expect(await signUpOf(event.sessionId)).toMatchObject({ name: ERASED_NAME, phone: '', openid: me.openid });
    expect(await signUpOf(later.sessionId)).toMatchObject({ name: ME.name, phone: ME.phone });
    expect(await checkinOf(activities[0]._id)).toMatchObject({ name: ERASED_NAME, org: '', openid: me.openid });
    expect(await checkinOf(activities[1]._id)).toMatchObject({ name: ME.name, org: ME.org });
    expect(await statsAt()).toEqual(stats);

    // A year after the first closure: its contact, location and photos go; the report and its history stay.
    const second = await purge(t0 + 10 * MINUTE + 365 * DAY_MS);
    expect(second.counts).toMatchObject({ signupContact: 1, checkinIdentity: 1, reportPersonal: 1 });
    const [closed, open] = [await report(reports[0].id), await report(reports[1].id)];
    expect(closed).toMatchObject({ status: 'closed', photos: [], location: { address: '' } });
    expect(closed?.contact).toBeUndefined();
    expect(existsSync(photoFile(reports[0].photos[0]))).toBe(false);
    expect(open?.contact).toEqual(CONTACT);
    expect(existsSync(photoFile(reports[1].photos[0]))).toBe(true);
    const history = dataOf(await call<HandlerReport>('reports', 'detail', { id: reports[0].id }, handler));
    expect(history.events.filter((e) => e.kind === 'status').map((e) => e.to)).toEqual(['accepted', 'closed']);
    expect(await statsAt()).toEqual(stats);

    // Audit entries live three years.
    const third = await purge(t0 + 3 * 365 * DAY_MS + DAY_MS);
    expect(third.counts.reportPersonal).toBe(1);
    expect(third.counts.auditLogs).toBeGreaterThan(0);
    expect(await store().count(COLLECTIONS.auditLogs, {})).toBe(0);
    expect(await purge(clock)).toEqual({ counts: none, more: false });
    expect(await statsAt()).toEqual(stats);
  });

  it('erases a batch per kind per run, and npm run purge goes on until nothing expired is left', async () => {
    const ended = clock - 100 * DAY_MS;
    const session = {
      _id: 'old-session',
      eventId: 'old-event',
      unit: '示范街道办事处',
      startAt: ended - HOUR,
      endAt: ended,
    };
    await store().insert(COLLECTIONS.sessions, session);
    for (let i = 0; i <= 1000; i += 1) {
      const r = { _id: `old-session:p${i}`, sessionId: session._id, status: 'confirmed', createdAt: ended - DAY_MS };
      await store().insert(COLLECTIONS.registrations, { ...r, ...CONTACT });
    }
    const first = dataOf(await call<PurgeResult>('privacy', 'purgeExpired', {}, admin));
    expect([first.counts.signupContact, first.more]).toEqual([1000, true]);

    const script = spawnSync('npx', ['tsx', 'scripts/purge.ts'], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, DATA_DIR: t.dataDir },
      encoding: 'utf8',
    });
    expect(script.status).toBe(0);
    expect(script.stdout).toMatch(/^signupContact\s+1\s/m);
    expect(await store().count(COLLECTIONS.registrations, { name: ME.name })).toBe(0);
  });

  it('applies a shorter period from the environment', async () => {
    await t.stop();
    t = await startTestHost({ now: () => clock, env: { RETENTION_SIGNUP_CONTACT_DAYS: '30' } });
    [organizer, admin] = await Promise.all([t.signIn('organizer'), t.signIn('admin')]);
    const me = await signInWithOpenid(t, 'citizen');
    const { sessionId } = await createEvent(
      t,
      organizer,
      eventInput({}, { startAt: clock + HOUR, endAt: clock + 2 * HOUR }),
    );
    dataOf(await call('events', 'signUp', signUpPayload(sessionId, CONTACT), me.token));
    clock += 2 * HOUR + 30 * DAY_MS;
    const { counts } = dataOf(await call<PurgeResult>('privacy', 'purgeExpired', {}, admin));
    expect(counts.signupContact).toBe(1);
  });
});
