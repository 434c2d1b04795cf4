import type { MyRegistration, Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { findAll } from '../../cloud/ports/paging';
import { ENGINES, startTestHost, type TestHost } from '../support/local-host';
import { createEvent, dataOf, eventInput, signUpPayload } from '../support/events';
import { signUpBurst } from '../support/events-burst';

/** Seats, waitlist and sign-up rows agree: nobody holds a seat twice and no seat is lost. */
async function expectSeatsMatchRows(t: TestHost, sessionId: string) {
  const { store } = t.host.runtime;
  const rows = await findAll<Registration>(store, COLLECTIONS.registrations, { sessionId });
  const session = await store.get<Session>(COLLECTIONS.sessions, sessionId);
  const seated = rows.filter((r) => r.status === 'confirmed' || r.status === 'checked_in');
  expect(session?.seatsLeft).toBe(session!.capacity - seated.reduce((sum, r) => sum + r.headcount, 0));
  expect(session?.waitlisted).toBe(rows.filter((r) => r.status === 'waitlisted').length);
  return { rows, session: session! };
}

describe.each(ENGINES)('the venue moment on %s', (engine) => {
  let t: TestHost;
  beforeAll(async () => {
    // Strictly increasing, so people signing up one after another queue in that order.
    let last = 0;
    t = await startTestHost({ engine, latencyMs: 2, now: () => (last = Math.max(Date.now(), last + 1)) });
  });
  afterAll(() => t.stop());

  it('1,000 sign-ups at once for 200 seats: exactly 200 confirmed, 800 waitlisted, no errors', async () => {
    const organizer = await t.signIn('organizer');
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 200, waitlistEnabled: true }));
    const { statuses } = await signUpBurst(t, sessionId, 1000);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(200);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(800);

    const { rows, session } = await expectSeatsMatchRows(t, sessionId);
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.openid)).size).toBe(1000);
    expect(session.seatsLeft).toBe(0);
    expect(session.waitlisted).toBe(800);
  }, 180_000);

  it('refuses the rest when the session has no waitlist', async () => {
    const organizer = await t.signIn('organizer');
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 200, waitlistEnabled: false }));
    const { statuses } = await signUpBurst(t, sessionId, 600);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(200);
    expect(statuses.filter((s) => s === '该场次名额已满')).toHaveLength(400);
    expect(await t.host.runtime.store.count(COLLECTIONS.registrations, { sessionId })).toBe(200);
    expect((await t.host.runtime.store.get<Session>(COLLECTIONS.sessions, sessionId))?.seatsLeft).toBe(0);
  }, 180_000);

  it('freed seats all go to the waitlist in queue order, however many open at once; a newcomer waits behind', async () => {
    const organizer = await t.signIn('organizer');
    const input = eventInput({}, { capacity: 5, waitlistEnabled: true });
    const { eventId, sessionId } = await createEvent(t, organizer, input);
    const people: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const token = await t.signIn('citizen');
      people.push(token);
      // One after another, so the queue order is known.
      dataOf(await t.call('events', { action: 'signUp', payload: signUpPayload(sessionId) }, token));
    }
    const { sessions } = dataOf(
      await t.call<{ sessions: Session[] }>('events', { action: 'edit', payload: { eventId } }, organizer),
    );
    const raised = { ...input, id: eventId, sessions: [{ ...input.sessions[0], id: sessionId, capacity: 50 }] };
    dataOf(await t.call('events', { action: 'save', payload: raised }, organizer));
    expect(sessions[0].capacity).toBe(5);

    // What the event page shows each person (我的报名 would draw a ticket QR for each).
    const mineOf = async (token: string) =>
      dataOf(
        await t.call<{ mine: MyRegistration[] }>('events', { action: 'open', payload: { id: eventId } }, token),
      ).mine.find((r) => r.sessionId === sessionId);
    const statusOf = async (token: string) => (await mineOf(token))?.status;
    const statuses = await Promise.all(people.map(statusOf));
    expect(statuses.slice(0, 50)).toEqual(Array(50).fill('confirmed'));
    expect(statuses.slice(50)).toEqual(Array(10).fill('waitlisted'));

    // A cancellation frees one seat: the 51st in line gets it, not the newcomer who arrives at once.
    const first = (await mineOf(people[0]))!;
    const newcomer = await t.signIn('citizen');
    const [, joined] = await Promise.all([
      t.call('events', { action: 'cancel', payload: { registrationId: first._id } }, people[0]),
      t.call<MyRegistration>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, newcomer),
    ]);
    expect(dataOf(joined).status).toBe('waitlisted');
    expect(await statusOf(people[50])).toBe('confirmed');
    expect(await statusOf(people[51])).toBe('waitlisted');
    await expectSeatsMatchRows(t, sessionId);
  }, 180_000);
});
