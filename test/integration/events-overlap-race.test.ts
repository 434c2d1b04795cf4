/**
 * One person, one place at a time, even at the same moment: the same person
 * sending sign-ups for overlapping sessions at once (two phones, two events)
 * ends up holding at most one of any overlapping pair, on both engines. The
 * others are refused in Chinese and leave no trace: every session's seats and
 * waitlist still agree with its rows. See cloud/functions/events/time-claims.ts.
 */
import { HOLDING_STATUSES, overlaps } from '@domain/events/rules';
import type { MyRegistration, Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { findAll } from '../../cloud/ports/paging';
import { createEvent, dataOf, eventInput, signInWithOpenid, signUpPayload } from '../support/events';
import { latentStore } from '../support/latent-store';
import { ENGINES, startTestHost, type TestHost } from '../support/local-host';

const HOUR = 3600_000;
const CLASH = /^您已报名同一时段的“.+”场次（.+，北京时间），不能再报名时间重叠的场次；如需改报，请先取消原报名$/;
const PENDING =
  /^您正在报名同一时段的“.+”场次（.+，北京时间），不能同时报名时间重叠的场次；请稍后在“我的报名”中查看结果$/;

describe.each(ENGINES)('overlapping sign-ups of one person on %s', (engine) => {
  let t: TestHost;
  let organizer: string;
  beforeAll(async () => {
    // On SQLite too, every store call is a round trip, so one person's requests meet between read and write.
    t = await startTestHost({ engine, wrapStore: engine === 'sqlite' ? (s) => latentStore(s) : undefined });
    organizer = await t.signIn('organizer');
  });
  afterAll(() => t.stop());

  const store = () => t.host.runtime.store;
  const signUp = (token: string, sessionId: string) =>
    t.call<MyRegistration>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, token);

  /** An event a week out whose sessions run `[from, to]` hours after 09:00 (China time or not: only overlaps matter). */
  async function eventOf(
    title: string,
    hours: [number, number][],
    session: { capacity?: number; waitlistEnabled?: boolean } = {},
  ) {
    const base = eventInput();
    const start = base.sessions[0].startAt;
    const sessions = hours.map(([from, to], i) => ({
      ...base.sessions[0],
      title: `${title}${i + 1}`,
      zone: title,
      startAt: start + from * HOUR,
      endAt: start + to * HOUR,
      ...session,
    }));
    return (await createEvent(t, organizer, { ...base, title, sessions })).sessionIds;
  }

  /** Every session's seats and waitlist agree with its rows. */
  async function expectCountersMatchRows(sessionIds: string[]) {
    for (const sessionId of sessionIds) {
      const rows = await findAll<Registration>(store(), COLLECTIONS.registrations, { sessionId });
      const session = (await store().get<Session>(COLLECTIONS.sessions, sessionId))!;
      const seated = rows.filter((r) => r.status === 'confirmed' || r.status === 'checked_in');
      expect(session.seatsLeft).toBe(session.capacity - seated.reduce((sum, r) => sum + r.headcount, 0));
      expect(session.waitlisted).toBe(rows.filter((r) => r.status === 'waitlisted').length);
    }
  }

  it('one person never holds two overlapping sign-ups, even at the same moment', async () => {
    // 09:00–11:00 and 10:00–12:00 overlap; 11:00–13:00 overlaps the second only.
    const [early, middle, late] = await eventOf(
      '咨询日',
      [
        [0, 2],
        [1, 3],
        [2, 4],
      ],
      { capacity: 40 },
    );
    // Another event at 10:30, a few seats and a waitlist (waiting holds the time too) ...
    const [other] = await eventOf('体验日', [[1.5, 2.5]], { capacity: 5, waitlistEnabled: true });
    // ... and one at 09:30 with 3 seats and no waitlist: most are refused as full, and their claims given up.
    const [full] = await eventOf('讲座', [[0.5, 1.5]], { capacity: 3, waitlistEnabled: false });
    const sessions = [early, middle, late, other, full];
    const byId = new Map(
      (await findAll<Session>(store(), COLLECTIONS.sessions, {}))
        .filter((s) => sessions.includes(s._id))
        .map((s) => [s._id, s]),
    );
    const people = await Promise.all(Array.from({ length: 20 }, () => signInWithOpenid(t, 'citizen')));

    // Everyone at once: the first session from two phones, and each of the others.
    const attempts = people.flatMap((person) =>
      [early, early, middle, late, other, full].map((sessionId) => ({ person, sessionId })),
    );
    const answers = await Promise.all(
      attempts.map(async (a) => ({ ...a, answer: await signUp(a.person.token, a.sessionId) })),
    );

    const rows = (await findAll<Registration>(store(), COLLECTIONS.registrations, {})).filter((r) =>
      sessions.includes(r.sessionId),
    );
    for (const person of people) {
      const held = rows.filter((r) => r.openid === person.openid && HOLDING_STATUSES.includes(r.status));
      for (const a of held)
        for (const b of held) if (a !== b) expect(overlaps(byId.get(a.sessionId)!, byId.get(b.sessionId)!)).toBe(false);
      // Someone of the two phones and four sessions got in.
      expect(held.length).toBeGreaterThan(0);
    }
    for (const { person, sessionId, answer } of answers) {
      const row = rows.find((r) => r.openid === person.openid && r.sessionId === sessionId);
      if (answer.body.ok) {
        // What was answered as signed up is held: nobody was told yes and then quietly dropped.
        expect(HOLDING_STATUSES).toContain(row?.status);
      } else {
        expect(answer.status).toBe(409);
        const { message } = answer.body.error;
        if (message !== '该场次名额已满') expect(message).toMatch(new RegExp(`${CLASH.source}|${PENDING.source}`));
        // A refusal leaves no sign-up behind for that session (the second phone's answer is the first one's).
        if (!row || !HOLDING_STATUSES.includes(row.status)) continue;
        expect(answers.some((o) => o.person === person && o.sessionId === sessionId && o.answer.body.ok)).toBe(true);
      }
    }
    expect(rows.filter((r) => r.sessionId === full).length).toBeLessThanOrEqual(3);
    await expectCountersMatchRows(sessions);
  }, 180_000);

  it('a sign-up refused as full after its claim blocks nothing: the overlapping one goes through', async () => {
    const [full] = await eventOf('讲座', [[0, 2]], { capacity: 1, waitlistEnabled: false });
    const [open] = await eventOf('咨询日', [[1, 3]], { capacity: 5 });
    dataOf(await signUp((await signInWithOpenid(t, 'citizen')).token, full));
    const person = await signInWithOpenid(t, 'citizen');
    const refused = await signUp(person.token, full);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'conflict', message: '该场次名额已满' } });
    expect(dataOf(await signUp(person.token, open)).status).toBe('confirmed');
    await expectCountersMatchRows([full, open]);
  });

  it('after cancelling, the person may take an overlapping session at once', async () => {
    const [first, second] = await eventOf(
      '咨询日',
      [
        [0, 2],
        [1, 3],
      ],
      { capacity: 5 },
    );
    const person = await signInWithOpenid(t, 'citizen');
    const { _id } = dataOf(await signUp(person.token, first));
    expect((await signUp(person.token, second)).body).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(CLASH) },
    });
    dataOf(await t.call('events', { action: 'cancel', payload: { registrationId: _id } }, person.token));
    expect(dataOf(await signUp(person.token, second)).status).toBe('confirmed');
    await expectCountersMatchRows([first, second]);
  });
});
