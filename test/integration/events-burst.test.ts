import type { Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import { createEvent, eventInput } from '../support/events';
import { signUpBurst } from '../support/events-burst';

describe('the venue moment: 1,000 concurrent sign-ups at a 200-seat session over HTTP', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.stop());

  it('confirms exactly 200, waitlists the rest, nobody twice, and the seat count matches', async () => {
    const organizer = await t.signIn('organizer');
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 200, waitlistEnabled: true }));
    const { statuses } = await signUpBurst(t, sessionId, 1000);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(200);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(800);

    const stored = await t.host.runtime.store.find<Registration>(COLLECTIONS.registrations, { sessionId });
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((r) => r.openid)).size).toBe(1000);
    const confirmed = stored.filter((r) => r.status === 'confirmed').length;
    expect(confirmed).toBe(200);
    const session = await t.host.runtime.store.get<Session>(COLLECTIONS.sessions, sessionId);
    expect(session?.seatsLeft).toBe(session!.capacity - confirmed);
    expect(session?.seatsLeft).toBe(0);
    expect(session?.waitlisted).toBe(800);
  }, 120_000);

  it('refuses the rest when the session has no waitlist', async () => {
    const organizer = await t.signIn('organizer');
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 200, waitlistEnabled: false }));
    const { statuses } = await signUpBurst(t, sessionId, 1000);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(200);
    expect(statuses.filter((s) => s === '该场次名额已满')).toHaveLength(800);
    expect(await t.host.runtime.store.count(COLLECTIONS.registrations, { sessionId })).toBe(200);
    expect((await t.host.runtime.store.get<Session>(COLLECTIONS.sessions, sessionId))?.seatsLeft).toBe(0);
  }, 120_000);
});
