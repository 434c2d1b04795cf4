/**
 * Issue 13, 撤销签到: the organizer reverses a mistaken ticket check-in. On both
 * engines: the sign-up is 报名成功 again with a valid ticket, the session's 已签到
 * counter goes back, the undo is audited, and undoing again (or many times at
 * once) changes nothing more. Refusals are Chinese and change nothing.
 */
import type { Registration, RegistrationRow, Session } from '@domain/events/types';
import type { AuditEntry } from '../../cloud/core/audit';
import { COLLECTIONS } from '../../cloud/core/collections';
import {
  createEvent,
  dataOf,
  eventInput,
  otherUnitOrganizer,
  signInWithOpenid,
  signUpPayload,
} from '../support/events';
import { ENGINES, startTestHost, type TestHost } from '../support/local-host';

describe.each(ENGINES)('撤销签到 on %s', (engine) => {
  let t: TestHost;
  let organizer: string;
  beforeAll(async () => {
    // The host lives half an hour before the sessions (a week out) start: the door is open. Strictly
    // increasing, so a ticket checked in again carries a check-in time of its own.
    let last = 0;
    const now = () => (last = Math.max(Date.now() + 7 * 24 * 3600_000 - 30 * 60_000, last + 1));
    t = await startTestHost({ engine, now });
    organizer = await t.signIn('organizer');
  });
  afterAll(() => t.stop());

  const events = <T = RegistrationRow>(action: string, payload: unknown, token: string) =>
    t.call<T>('events', { action, payload }, token);
  const stored = (id: string) => t.host.runtime.store.get<Registration>(COLLECTIONS.registrations, id);
  const checkedIn = async (sessionId: string) =>
    (await t.host.runtime.store.get<Session>(COLLECTIONS.sessions, sessionId))?.checkedIn;
  const undoAudits = (target: string) =>
    t.host.runtime.store.find<AuditEntry>(COLLECTIONS.auditLogs, { action: 'events.undoCheckIn', target });

  /** A fresh event with one citizen's confirmed sign-up. */
  async function signedUp() {
    const { eventId, sessionId } = await createEvent(t, organizer);
    const citizen = await signInWithOpenid(t, 'citizen');
    const mine = dataOf(
      await t.call<{ _id: string; ticket: string }>(
        'events',
        { action: 'signUp', payload: signUpPayload(sessionId) },
        citizen.token,
      ),
    );
    return { eventId, sessionId, registrationId: mine._id, ticket: mine.ticket };
  }

  it('reverses the check-in once: 报名成功 again, the counter back, audited; undoing again changes nothing', async () => {
    const f = await signedUp();
    const checked = dataOf(await events('checkIn', { eventId: f.eventId, ticket: f.ticket }, organizer));
    const payload = { eventId: f.eventId, registrationId: f.registrationId, checkedInAt: checked.checkedInAt };
    expect(await checkedIn(f.sessionId)).toBe(1);

    const row = dataOf(await events('undoCheckIn', payload, organizer));
    expect(row).toMatchObject({
      _id: f.registrationId,
      status: 'confirmed',
      checkedInAt: null,
      sessionTitle: '咨询区',
    });
    expect(await checkedIn(f.sessionId)).toBe(0);
    const afterFirst = await stored(f.registrationId);
    expect(afterFirst).toMatchObject({ status: 'confirmed', checkedInAt: null, checkedInBy: null });
    const [entry] = await undoAudits(f.registrationId);
    expect(entry).toMatchObject({ actor: expect.any(String), detail: { eventId: f.eventId } });
    expect(entry.detail?.checkedInAt).toBe(checked.checkedInAt);

    // A retry (the answer was lost on the way) answers the same row and writes nothing more.
    const again = dataOf(await events('undoCheckIn', payload, organizer));
    expect(again).toEqual(row);
    expect(await stored(f.registrationId)).toEqual(afterFirst);
    expect(await checkedIn(f.sessionId)).toBe(0);
    expect(await undoAudits(f.registrationId)).toHaveLength(1);

    // The ticket is valid again: the person can be checked in properly.
    dataOf(await events('checkIn', { eventId: f.eventId, ticket: f.ticket }, organizer));
    expect(await checkedIn(f.sessionId)).toBe(1);
  });

  it('ten undos of one check-in at once lower the counter exactly once and all answer 报名成功', async () => {
    const f = await signedUp();
    const manual = { eventId: f.eventId, registrationId: f.registrationId };
    const { checkedInAt } = dataOf(await events('checkInManual', manual, organizer));
    const payload = { eventId: f.eventId, registrationId: f.registrationId, checkedInAt };
    const answers = await Promise.all(Array.from({ length: 10 }, () => events('undoCheckIn', payload, organizer)));
    for (const answer of answers) expect(dataOf(answer).status).toBe('confirmed');
    expect(await checkedIn(f.sessionId)).toBe(0);
    expect(await undoAudits(f.registrationId)).toHaveLength(1);
  });

  it('an undo reverses only the check-in its organizer saw, even while another organizer checks the ticket in again', async () => {
    const { eventId, sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 30 }));
    const tickets = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const citizen = await signInWithOpenid(t, 'citizen');
        const { _id } = dataOf(
          await t.call<{ _id: string }>(
            'events',
            { action: 'signUp', payload: signUpPayload(sessionId) },
            citizen.token,
          ),
        );
        const seen = dataOf(await events('checkInManual', { eventId, registrationId: _id }, organizer));
        return { eventId, registrationId: _id, checkedInAt: seen.checkedInAt! };
      }),
    );
    const otherDesk = await t.signIn('organizer');
    const answers = await Promise.all(
      tickets.map(async (seen, i) => {
        // One organizer undoes the check-in and checks the ticket in again at once; the other's
        // 撤销 of the same check-in arrives a little later each time (before, between or after those
        // two), and every third one surely after.
        const again = (async () => {
          await events('undoCheckIn', seen, otherDesk);
          const manual = { eventId, registrationId: seen.registrationId };
          return dataOf(await events('checkInManual', manual, otherDesk)).checkedInAt!;
        })();
        if (i % 3 === 2) await again;
        else await new Promise((resolve) => setTimeout(resolve, i * 4));
        const late = await events('undoCheckIn', seen, organizer);
        return { seen, late, checkedInAgainAt: await again };
      }),
    );
    let refused = 0;
    for (const { seen, late, checkedInAgainAt } of answers) {
      // The check-in made again stands, whoever's undo came when.
      expect(checkedInAgainAt).not.toBe(seen.checkedInAt);
      expect(await stored(seen.registrationId)).toMatchObject({ status: 'checked_in', checkedInAt: checkedInAgainAt });
      expect(await undoAudits(seen.registrationId)).toEqual([
        expect.objectContaining({ detail: expect.objectContaining({ checkedInAt: seen.checkedInAt }) }),
      ]);
      if (late.body.ok) {
        expect(late.body.data.status).toBe('confirmed');
      } else {
        refused += 1;
        expect(late.status).toBe(409);
        expect(late.body.error.message).toMatch(/^这张票的签到已被更新（现为 .+ 签到），请刷新后再决定是否撤销$/);
      }
    }
    // The undos that came after the new check-in were refused, and counted nothing.
    expect(refused).toBeGreaterThanOrEqual(tickets.length / 3);
    expect(await checkedIn(sessionId)).toBe(tickets.length);
  });

  it('refuses in Chinese what is not a check-in of this organizer, and changes nothing', async () => {
    const f = await signedUp();
    const manual = { eventId: f.eventId, registrationId: f.registrationId };
    const before = await stored(f.registrationId);

    const notYet = await events('undoCheckIn', { ...manual, checkedInAt: Date.now() }, organizer);
    expect(notYet.body).toMatchObject({ ok: false, error: { code: 'conflict', message: '该报名尚未签到，无需撤销' } });

    const payload = { ...manual, checkedInAt: dataOf(await events('checkInManual', manual, organizer)).checkedInAt };
    const checked = await stored(f.registrationId);
    const otherOrganizer = await otherUnitOrganizer(t);
    const notYours = await events('undoCheckIn', payload, otherOrganizer);
    expect(notYours.body).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: '只能管理本单位组织的活动' },
    });
    const { eventId: theirEvent } = await createEvent(t, otherOrganizer);
    const elsewhere = await events('undoCheckIn', { ...payload, eventId: theirEvent }, otherOrganizer);
    expect(elsewhere.body).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '这条报名不属于本活动，请核对活动' },
    });
    const citizen = await t.signIn('citizen');
    expect((await events('undoCheckIn', payload, citizen)).body).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const missing = await events('undoCheckIn', { ...payload, registrationId: 'no-such' }, organizer);
    expect(missing.body).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/报名/) },
    });

    expect(await stored(f.registrationId)).toEqual(checked);
    expect(await checkedIn(f.sessionId)).toBe(1);
    expect(await undoAudits(f.registrationId)).toEqual([]);
    expect(before?.status).toBe('confirmed');
  });
});
