import type { MyRegistration, EventView, EventAdminView, Registration, Session } from '@domain/events/types';
import type { ExportedFile } from '@domain/api';
import { sheetRecords } from '../support/xlsx';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import {
  createEvent,
  dataOf,
  eventInput,
  otherUnitOrganizer,
  signInWithOpenid,
  signUpPayload,
} from '../support/events';

describe('events function over the local HTTP host', () => {
  let t: TestHost;
  let organizer: string;
  /** ms the host's clock runs ahead: sessions are a week out, their tickets are checked in on the day. */
  let shift = 0;
  /** Half an hour before the session `createEvent` makes: check-in is open, cancelling still possible. */
  const onTheDay = () => {
    shift = 7 * 24 * 3600_000 - 30 * 60_000;
  };

  beforeEach(async () => {
    shift = 0;
    t = await startTestHost({ now: () => Date.now() + shift });
    organizer = await t.signIn('organizer');
  });
  afterEach(() => t.stop());

  const events = <T>(action: string, payload: unknown, token: string) =>
    t.call<T>('events', { action, payload }, token);
  const signUp = (token: string, sessionId: string, overrides: Record<string, unknown> = {}) =>
    events<MyRegistration>('signUp', signUpPayload(sessionId, overrides), token);
  const session = (id: string) => t.host.runtime.store.get<Session>(COLLECTIONS.sessions, id);
  const registrations = () => t.host.runtime.store.find<Registration>(COLLECTIONS.registrations, {});

  it('opens an event by its venue scene, signs up and shows a signed ticket, not the raw id', async () => {
    const { eventId, sessionId } = await createEvent(t, organizer);
    const citizen = await t.signIn('citizen');
    const { event } = dataOf(await events<EventView>('open', { id: eventId }, citizen));
    const byScene = dataOf(await events<EventView>('open', { scene: encodeURIComponent(event.scene) }, citizen));
    expect(byScene.event._id).toBe(eventId);
    expect(byScene.state).toBe('open');
    expect(byScene.sessions[0].seatsLeft).toBe(2);

    const mine = dataOf(await signUp(citizen, sessionId));
    expect(mine.status).toBe('confirmed');
    expect(mine.ticket).toMatch(new RegExp(`^${sessionId}\\.[0-9a-f]{16}$`));
    expect(mine.ticket).not.toContain(mine._id.split(':')[1]);
    const [listed] = dataOf(await events<MyRegistration[]>('mine', {}, citizen));
    expect(listed.ticketQr).toMatch(/^data:image\/png;base64,/);
    expect((await session(sessionId))?.seatsLeft).toBe(1);
    const reopened = dataOf(await events<EventView>('open', { id: eventId }, citizen));
    expect(reopened.mine.map((r) => r.status)).toEqual(['confirmed']);
  });

  it('says plainly that an unknown event does not exist and lists the open ones', async () => {
    const { eventId } = await createEvent(t, organizer);
    const citizen = await t.signIn('citizen');
    const unknown = await events('open', { scene: 'e=nosuchevent' }, citizen);
    expect(unknown.status).toBe(404);
    expect(!unknown.body.ok && unknown.body.error.message).toBe('这个活动不存在或已删除');
    const open = dataOf(await events<{ _id: string; state: string }[]>('listOpen', {}, citizen));
    expect(open.map((e) => e._id)).toContain(eventId);
    // The seeded demo is dated on the next 6·16 from the first start, so a fresh start can sign up.
    const demo = dataOf(await events<EventView>('open', { scene: 'e=demo616' }, citizen));
    expect(demo.state).toBe('open');
    expect(open.map((e) => e._id)).toContain('demo616');
  });

  it('answers a second sign-up with the existing one and takes no second seat', async () => {
    const { sessionId } = await createEvent(t, organizer);
    const citizen = await t.signIn('citizen');
    const first = dataOf(await signUp(citizen, sessionId));
    const second = dataOf(await signUp(citizen, sessionId, { name: '李四', phone: '13900000000' }));
    expect(second._id).toBe(first._id);
    expect(second.name).toBe('张三');
    expect((await session(sessionId))?.seatsLeft).toBe(1);
    expect(await registrations()).toHaveLength(1);
  });

  it('puts a full session on the waitlist and promotes the first in line on a cancellation, with a notification', async () => {
    const { sessionId } = await createEvent(t, organizer);
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => signInWithOpenid(t, 'citizen')));
    const ra = dataOf(await signUp(a.token, sessionId));
    dataOf(await signUp(b.token, sessionId));
    const rc = dataOf(await signUp(c.token, sessionId));
    const rd = dataOf(await signUp(d.token, sessionId));
    expect([rc.status, rc.ticket, rc.waitlistPosition]).toEqual(['waitlisted', null, 1]);
    expect(rd.waitlistPosition).toBe(2);
    expect((await session(sessionId))?.waitlisted).toBe(2);

    const cancelled = dataOf(await events<MyRegistration>('cancel', { registrationId: ra._id }, a.token));
    expect(cancelled.status).toBe('cancelled');
    const [promoted] = dataOf(await events<MyRegistration[]>('mine', {}, c.token));
    expect(promoted.status).toBe('confirmed');
    expect(promoted.promotedAt).not.toBeNull();
    expect(promoted.ticket).toMatch(/\./);
    expect(dataOf(await events<MyRegistration[]>('mine', {}, d.token))[0].waitlistPosition).toBe(1);
    const stored = await session(sessionId);
    expect([stored?.seatsLeft, stored?.waitlisted]).toEqual([0, 1]);
    const notes = await t.host.runtime.store.find<{ _id: string; toOpenid: string; template: string }>(
      'notifications',
      {},
    );
    expect(notes.map((n) => [n.toOpenid, n.template])).toEqual([[c.openid, 'waitlist_promoted']]);
  });

  it('refuses a full session without a waitlist, in Chinese, writing nothing', async () => {
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 1, waitlistEnabled: false }));
    dataOf(await signUp(await t.signIn('citizen'), sessionId));
    const refused = await signUp(await t.signIn('citizen'), sessionId);
    expect(refused.status).toBe(409);
    expect(!refused.body.ok && refused.body.error.message).toBe('该场次名额已满');
    expect(await registrations()).toHaveLength(1);
    expect((await session(sessionId))?.seatsLeft).toBe(0);
  });

  it('lets only the owner cancel, releases the seat at once, and allows signing up again', async () => {
    const { sessionId } = await createEvent(t, organizer);
    const owner = await t.signIn('citizen');
    const stranger = await t.signIn('citizen');
    const mine = dataOf(await signUp(owner, sessionId));
    const refused = await events('cancel', { registrationId: mine._id }, stranger);
    expect(refused.status).toBe(404);
    expect(!refused.body.ok && refused.body.error.message).toBe('这条报名不存在或已删除');
    expect((await registrations())[0].status).toBe('confirmed');

    dataOf(await events('cancel', { registrationId: mine._id }, owner));
    expect((await session(sessionId))?.seatsLeft).toBe(2);
    const again = await events('cancel', { registrationId: mine._id }, owner);
    expect(!again.body.ok && again.body.error.message).toBe('这条报名已经取消');
    expect(dataOf(await signUp(owner, sessionId)).status).toBe('confirmed');
    expect((await session(sessionId))?.seatsLeft).toBe(1);
  });

  describe('bad input gets a Chinese message and changes nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['invalid phone', { phone: '12345678901' }, '请填写正确的 11 位手机号'],
      ['short phone', { phone: '1380000000' }, '请填写正确的 11 位手机号'],
      ['empty name', { name: '   ' }, '请填写姓名'],
      ['too-long name', { name: '张'.repeat(31) }, '姓名不能超过 30 个字'],
      ['no consent', { consent: false }, '请阅读并同意隐私保护指引'],
      ['group on an individual event', { headcount: 3 }, '该活动只接受个人报名'],
      ['headcount zero', { headcount: 0 }, '人数至少 1 人'],
      ['unknown field', { note: 'x' }, '参数格式不正确'],
    ];
    it.each(cases)('%s', async (_label, overrides, message) => {
      const { sessionId } = await createEvent(t, organizer);
      const response = await signUp(await t.signIn('citizen'), sessionId, overrides);
      expect(response.body.ok).toBe(false);
      expect(!response.body.ok && response.body.error.message).toBe(message);
      expect(await registrations()).toHaveLength(0);
      expect((await session(sessionId))?.seatsLeft).toBe(2);
    });

    it('a closed event', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      dataOf(await events('close', { eventId }, organizer));
      const response = await signUp(await t.signIn('citizen'), sessionId);
      expect(!response.body.ok && response.body.error.message).toBe('该活动已停止报名');
      expect(await registrations()).toHaveLength(0);
    });

    it('a session that already started', async () => {
      // A session cannot be saved in the past; this one's start came while people were signing up.
      const { sessionId } = await createEvent(t, organizer);
      const startAt = Date.now() - 60_000;
      await t.host.runtime.store.update(COLLECTIONS.sessions, sessionId, {
        set: { startAt, endAt: startAt + 3600_000 },
      });
      const response = await signUp(await t.signIn('citizen'), sessionId);
      expect(!response.body.ok && response.body.error.message).toBe('该场次已开始或已结束，报名已截止');
      expect((await session(sessionId))?.seatsLeft).toBe(2);
    });

    it('a new session that starts in the past (past-date kind)', async () => {
      const startAt = Date.now() - 86_400_000;
      const response = await events('save', eventInput({}, { startAt, endAt: startAt + 3600_000 }), organizer);
      expect(!response.body.ok && response.body.error.fieldErrors).toEqual({
        'sessions.0.startAt': '开始时间已过，请选择今后的时间',
      });
      expect(await t.host.runtime.store.count(COLLECTIONS.events, { unit: '示范街道办事处' })).toBe(1);
    });

    it('an event form with an end before its start', async () => {
      const startAt = Date.now() + 3600_000;
      const response = await events('save', eventInput({}, { startAt, endAt: startAt - 1 }), organizer);
      expect(!response.body.ok && response.body.error.fieldErrors).toEqual({
        'sessions.0.endAt': '结束时间需晚于开始时间',
      });
      expect(await t.host.runtime.store.count(COLLECTIONS.events, { unit: '示范街道办事处' })).toBe(1);
    });
  });

  it('accepts groups where the event allows them and counts their seats', async () => {
    const { sessionId } = await createEvent(t, organizer, eventInput({ allowGroups: true }, { capacity: 5 }));
    expect(dataOf(await signUp(await t.signIn('citizen'), sessionId, { headcount: 3 })).headcount).toBe(3);
    expect(dataOf(await signUp(await t.signIn('citizen'), sessionId, { headcount: 3 })).status).toBe('waitlisted');
    expect((await session(sessionId))?.seatsLeft).toBe(2);
  });

  describe('one person holds no overlapping sessions', () => {
    const HOUR = 3600_000;
    const otherCitizen = async () => (await signInWithOpenid(t, 'citizen')).token;
    /** An event of three sessions: 09:00–11:00, 10:30–12:00 and 11:00–12:00 a week out (two seats each). */
    async function threeSessions() {
      const base = eventInput();
      const start = base.sessions[0].startAt;
      const at = (title: string, from: number, to: number) => ({
        ...base.sessions[0],
        title,
        zone: title,
        startAt: start + from * HOUR,
        endAt: start + to * HOUR,
      });
      const input = {
        ...base,
        sessions: [at('咨询区', 0, 2), at('体验区', 1.5, 3), at('表演区', 2, 3)],
      };
      const { eventId } = await createEvent(t, organizer, input);
      const sessions = await t.host.runtime.store.find<Session>(COLLECTIONS.sessions, { eventId });
      const byTitle = (title: string) => sessions.find((s) => s.title === title)!;
      return { first: byTitle('咨询区'), overlapping: byTitle('体验区'), after: byTitle('表演区') };
    }

    it('refuses an overlapping session, naming the one held, and changes nothing', async () => {
      const { first, overlapping, after } = await threeSessions();
      const citizen = await t.signIn('citizen');
      dataOf(await signUp(citizen, first._id));
      const refused = await signUp(citizen, overlapping._id);
      expect(refused.status).toBe(409);
      expect(!refused.body.ok && refused.body.error.message).toMatch(
        /^您已报名同一时段的“咨询区”场次（\d{4}-\d\d-\d\d \d\d:\d\d–.+，北京时间），不能再报名时间重叠的场次/,
      );
      expect((await session(overlapping._id))?.seatsLeft).toBe(2);
      expect((await registrations()).map((r) => r.sessionId)).toEqual([first._id]);
      // Back to back is fine; someone else may take the overlapping one.
      expect(dataOf(await signUp(citizen, after._id)).status).toBe('confirmed');
      const other = await otherCitizen();
      expect(dataOf(await signUp(other, overlapping._id)).status).toBe('confirmed');
    });

    it('a waitlisted sign-up holds its time too; a cancelled one does not', async () => {
      const { first, overlapping } = await threeSessions();
      // The first session fills up; this person waits for it.
      for (const token of [await otherCitizen(), await otherCitizen()]) dataOf(await signUp(token, first._id));
      const citizen = await t.signIn('citizen');
      const waiting = dataOf(await signUp(citizen, first._id));
      expect(waiting.status).toBe('waitlisted');
      const refused = await signUp(citizen, overlapping._id);
      expect(!refused.body.ok && refused.body.error.message).toMatch(/^您已报名同一时段的“咨询区”场次/);
      dataOf(await events('cancel', { registrationId: waiting._id }, citizen));
      expect(dataOf(await signUp(citizen, overlapping._id)).status).toBe('confirmed');
    });
  });

  describe('organizer-only actions', () => {
    const organizerActions = (eventId: string, registrationId: string) =>
      [
        ['overview', { eventId }],
        ['edit', { eventId }],
        ['close', { eventId }],
        ['revealPhone', { registrationId }],
        ['checkIn', { eventId, ticket: 'x.0123456789abcdef' }],
        ['checkInManual', { eventId, registrationId }],
        ['poster', { eventId }],
        ['save', { ...eventInput(), id: eventId }],
      ] as const;

    it('are refused for citizens and for organizers of other units, changing nothing', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      const citizen = await t.signIn('citizen');
      const mine = dataOf(await signUp(citizen, sessionId));
      const stranger = await otherUnitOrganizer(t);
      const auditsBefore = await t.host.runtime.store.count(COLLECTIONS.auditLogs, {});
      for (const [action, payload] of organizerActions(eventId, mine._id)) {
        const asCitizen = await events(action, payload, citizen);
        expect([action, asCitizen.status]).toEqual([action, 403]);
        expect(!asCitizen.body.ok && asCitizen.body.error.message).toBe('此操作需要活动组织者身份');
        const asStranger = await events(action, payload, stranger);
        expect([action, asStranger.status]).toEqual([action, 403]);
        expect(!asStranger.body.ok && asStranger.body.error.message).toBe('只能管理本单位组织的活动');
      }
      expect(await t.host.runtime.store.count(COLLECTIONS.auditLogs, {})).toBe(auditsBefore);
      expect((await registrations())[0].status).toBe('confirmed');
      expect(
        (await t.host.runtime.store.get<{ _id: string; status: string }>(COLLECTIONS.events, eventId))?.status,
      ).toBe('open');
    });
  });

  it('shows masked phones with live counts, reveals one to the own organizer and logs it', async () => {
    const { eventId, sessionId } = await createEvent(t, organizer);
    const mine = dataOf(await signUp(await t.signIn('citizen'), sessionId, { phone: '13812345678' }));
    const view = dataOf(await events<EventAdminView>('overview', { eventId }, organizer));
    expect(view.registrations.map((r) => r.phoneMasked)).toEqual(['138****5678']);
    expect(JSON.stringify(view)).not.toContain('13812345678');
    expect(view.sessions[0]).toMatchObject({ capacity: 2, seatsLeft: 1, confirmed: 1, waitlisted: 0, checkedIn: 0 });
    const searched = dataOf(await events<EventAdminView>('overview', { eventId, query: '5678' }, organizer));
    expect(searched.registrations).toHaveLength(1);
    const none = dataOf(await events<EventAdminView>('overview', { eventId, query: '王五' }, organizer));
    expect(none.registrations).toHaveLength(0);

    expect(dataOf(await events('revealPhone', { registrationId: mine._id }, organizer))).toEqual({
      phone: '13812345678',
    });
    const logs = await t.host.runtime.store.find<{ _id: string; action: string; actor: string; target: string }>(
      COLLECTIONS.auditLogs,
      { action: 'events.revealPhone' },
    );
    expect(logs.map((l) => [l.actor, l.target])).toEqual([['dev-organizer', mine._id]]);
  });

  describe('check-in', () => {
    it('checks a ticket in once and the attendee sees 已签到', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      const citizen = await t.signIn('citizen');
      const { ticket } = dataOf(await signUp(citizen, sessionId));
      onTheDay();
      const row = dataOf(await events<{ status: string }>('checkIn', { eventId, ticket }, organizer));
      expect(row.status).toBe('checked_in');
      const [mine] = dataOf(await events<MyRegistration[]>('mine', {}, citizen));
      expect([mine.status, mine.cancellable, typeof mine.checkedInAt]).toEqual(['checked_in', false, 'number']);

      const reused = await events('checkIn', { eventId, ticket }, organizer);
      expect(reused.status).toBe(409);
      expect(!reused.body.ok && reused.body.error.message).toMatch(
        /^这张票已于 \d{4}-\d\d-\d\d \d\d:\d\d 签到，不能重复使用$/,
      );
      expect((await session(sessionId))?.checkedIn).toBe(1);
    });

    it('refuses forged, cancelled and wrong-event tickets, saying why', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      const other = await createEvent(t, organizer);
      const citizen = await t.signIn('citizen');
      const { ticket } = dataOf(await signUp(citizen, sessionId));
      onTheDay();
      const forged = `${ticket?.slice(0, -1)}${ticket?.endsWith('0') ? '1' : '0'}`;
      const refusals = [
        [{ eventId, ticket: forged }, '票码无效，请核对后重试'],
        [{ eventId, ticket: 'not-a-ticket' }, '票码无效，请核对后重试'],
        [{ eventId: other.eventId, ticket }, '这张票不属于本活动，请核对活动'],
      ] as const;
      for (const [payload, message] of refusals) {
        const response = await events('checkIn', payload, organizer);
        expect(!response.body.ok && response.body.error.message).toBe(message);
      }
      const [mine] = dataOf(await events<MyRegistration[]>('mine', {}, citizen));
      dataOf(await events('cancel', { registrationId: mine._id }, citizen));
      const cancelled = await events('checkIn', { eventId, ticket }, organizer);
      expect(!cancelled.body.ok && cancelled.body.error.message).toBe('该报名已取消，票无效');
      expect((await registrations()).map((r) => r.status)).toEqual(['cancelled']);
      expect((await session(sessionId))?.checkedIn).toBe(0);
    });

    it('checks in by the 8-digit 票码 read aloud at the desk; a typo is refused before any lookup', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      const other = await createEvent(t, organizer);
      const citizen = await t.signIn('citizen');
      const { ticketCode } = dataOf(await signUp(citizen, sessionId));
      expect(ticketCode).toMatch(/^\d{8}$/);
      onTheDay();
      const typo = `${ticketCode!.slice(0, 7)}${(Number(ticketCode![7]) + 1) % 10}`;
      const refused = await events('checkIn', { eventId, ticket: typo }, organizer);
      expect(!refused.body.ok && refused.body.error.message).toBe('票码有误，请核对8位数字后重试');
      const elsewhere = await events('checkIn', { eventId: other.eventId, ticket: ticketCode }, organizer);
      expect(!elsewhere.body.ok && elsewhere.body.error.message).toBe('票码无效，请核对后重试');
      expect((await session(sessionId))?.checkedIn).toBe(0);
      const spoken = `${ticketCode!.slice(0, 4)} ${ticketCode!.slice(4)}`;
      const row = dataOf(await events<{ status: string }>('checkIn', { eventId, ticket: spoken }, organizer));
      expect(row.status).toBe('checked_in');
      const [mine] = dataOf(await events<MyRegistration[]>('mine', {}, citizen));
      expect([mine.status, mine.ticketCode]).toEqual(['checked_in', ticketCode]);
    });

    it('every check-in is accepted only within its window: a ticket on another day is refused in Chinese, nothing changes', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      const citizen = await t.signIn('citizen');
      const { ticket, ticketCode, _id: registrationId } = dataOf(await signUp(citizen, sessionId));
      const { startAt, endAt } = (await session(sessionId))!;
      const tries = [
        { eventId, ticket },
        { eventId, ticket: ticketCode },
      ];
      // Today, a week early; the day before; the day after the session.
      for (const at of [Date.now(), startAt - 24 * 3600_000, endAt + 24 * 3600_000, startAt - 61 * 60_000]) {
        shift = at - Date.now();
        for (const payload of tries) {
          const refused = await events('checkIn', payload, organizer);
          expect(refused.status).toBe(409);
          expect(!refused.body.ok && refused.body.error.message).toMatch(
            /^“咨询区”场次(尚未开始签到|已结束，签到已关闭).*签到时间为 \d{4}-\d\d-\d\d \d\d:\d\d 至 .*（北京时间）/,
          );
        }
        const manual = await events('checkInManual', { eventId, registrationId }, organizer);
        expect(!manual.body.ok && manual.body.error.code).toBe('conflict');
      }
      expect((await registrations()).map((r) => r.status)).toEqual(['confirmed']);
      expect((await session(sessionId))?.checkedIn).toBe(0);
      // At the session, it is accepted.
      shift = startAt + 60_000 - Date.now();
      expect(dataOf(await events<{ status: string }>('checkIn', { eventId, ticket }, organizer)).status).toBe(
        'checked_in',
      );
    });

    it('checks someone in by search when they have no phone with them', async () => {
      const { eventId, sessionId } = await createEvent(t, organizer);
      dataOf(await signUp(await t.signIn('citizen'), sessionId, { name: '王小明' }));
      onTheDay();
      const [found] = dataOf(
        await events<EventAdminView>('overview', { eventId, query: '小明' }, organizer),
      ).registrations;
      dataOf(await events('checkInManual', { eventId, registrationId: found._id }, organizer));
      const twice = await events('checkInManual', { eventId, registrationId: found._id }, organizer);
      expect(!twice.body.ok && twice.body.error.code).toBe('conflict');
    });
  });

  it('makes the venue poster a PNG and exports the list with check-in times as XLSX', async () => {
    const { eventId, sessionId } = await createEvent(t, organizer);
    const citizen = await t.signIn('citizen');
    const { ticket } = dataOf(await signUp(citizen, sessionId, { name: '赵六', phone: '13712345678' }));
    onTheDay();
    dataOf(await events('checkIn', { eventId, ticket }, organizer));

    const poster = dataOf(await events<{ url: string; scene: string }>('poster', { eventId }, organizer));
    expect(poster.scene.length).toBeLessThanOrEqual(32);
    const png = Buffer.from(await (await fetch(poster.url)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const { body } = await t.call<ExportedFile & { rows: number }>(
      'exports',
      { action: 'signUpList', payload: { eventId } },
      organizer,
    );
    const file = dataOf({ body });
    expect(file.rows).toBe(1);
    expect(file.fileName).toMatch(/^[^/]*-报名名单\.xlsx$/);
    expect(decodeURIComponent(file.url).endsWith(`/${file.fileName}`)).toBe(true);
    const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer());
    const [row] = await sheetRecords(bytes, '报名名单');
    expect(row).toMatchObject({ 姓名: '赵六', 手机号: '13712345678', 状态: '已签到', 场次: '咨询区' });
    expect(String(row['签到时间'])).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await t.host.runtime.store.count(COLLECTIONS.auditLogs, { action: 'exports.signUpList' })).toBe(1);
  });

  it('keeps sign-ups when capacity changes: never below seats taken, and more seats promote the waitlist', async () => {
    const input = eventInput();
    const { eventId, sessionId } = await createEvent(t, organizer, input);
    for (let i = 0; i < 3; i += 1) dataOf(await signUp(await t.signIn('citizen'), sessionId));
    const shrink = await events(
      'save',
      { ...input, id: eventId, sessions: [{ ...input.sessions[0], id: sessionId, capacity: 1 }] },
      organizer,
    );
    expect(!shrink.body.ok && shrink.body.error.message).toBe('场次“咨询区”的名额不能少于已报名人数');
    expect((await session(sessionId))?.capacity).toBe(2);
    const drop = await events(
      'save',
      { ...input, id: eventId, sessions: [{ ...input.sessions[0], title: '新场次' }] },
      organizer,
    );
    expect(!drop.body.ok && drop.body.error.message).toBe('场次“咨询区”已有人报名，不能删除');

    dataOf(
      await events(
        'save',
        { ...input, id: eventId, sessions: [{ ...input.sessions[0], id: sessionId, capacity: 3 }] },
        organizer,
      ),
    );
    const stored = await session(sessionId);
    expect([stored?.capacity, stored?.seatsLeft, stored?.waitlisted]).toEqual([3, 0, 0]);
    expect((await registrations()).filter((r) => r.status === 'confirmed')).toHaveLength(3);
  });
});
