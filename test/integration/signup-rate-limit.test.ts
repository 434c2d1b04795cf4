import type { MyRegistration } from '@domain/events/types';
import { chinaDay, chinaDayEnd } from '@domain/common/china-time';
import { RATE_LIMITS } from '@domain/common/rate-limits';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import { createEvent, dataOf, signUpPayload } from '../support/events';

describe('the sign-up budget', () => {
  let t: TestHost;
  /** The host's clock (ms); real time unless a test moves it. */
  let clock: number | undefined;
  beforeEach(async () => {
    clock = undefined;
    t = await startTestHost({ now: () => clock ?? Date.now() });
  });
  afterEach(() => t.stop());

  it('stops a sign-up and cancel churn after the daily budget, and repeating a live sign-up costs nothing', async () => {
    const { sessionId } = await createEvent(t, await t.signIn('organizer'));
    const citizen = await t.signIn('citizen');
    const signUp = () =>
      t.call<MyRegistration>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, citizen);

    for (let i = 0; i < RATE_LIMITS.signUp.max; i += 1) {
      const registration = dataOf(await signUp());
      // Asking again while signed up answers the same sign-up and spends nothing.
      expect(dataOf(await signUp())._id).toBe(registration._id);
      dataOf(await t.call('events', { action: 'cancel', payload: { registrationId: registration._id } }, citizen));
    }
    const refused = await signUp();
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ ok: false, error: { message: '今天的报名操作过于频繁，请明天再试' } });
    const [row] = await t.host.runtime.store.find<{ _id: string; status: string }>(COLLECTIONS.registrations, {
      sessionId,
    });
    expect(row.status).toBe('cancelled');

    // Someone else is not held back by it.
    expect(
      (await t.call('events', { action: 'signUp', payload: signUpPayload(sessionId) }, await t.signIn('citizen'))).body
        .ok,
    ).toBe(true);
  });

  it('renews at 00:00 China time, not at 00:00 UTC (every day-keyed rule follows China time)', async () => {
    const { sessionId } = await createEvent(t, await t.signIn('organizer'));
    const citizen = await t.signIn('citizen');
    const attempt = async () => {
      const r = await t.call<MyRegistration>(
        'events',
        { action: 'signUp', payload: signUpPayload(sessionId) },
        citizen,
      );
      if (r.body.ok)
        dataOf(await t.call('events', { action: 'cancel', payload: { registrationId: r.body.data._id } }, citizen));
      return r.status;
    };
    // Tomorrow's China midnight, still days before the session starts.
    const midnight = chinaDayEnd(chinaDay(Date.now()));
    const MINUTE = 60_000;
    clock = midnight - 10 * MINUTE; // 23:50 China time
    for (let i = 0; i < RATE_LIMITS.signUp.max; i += 1) expect(await attempt()).toBe(200);
    clock = midnight - MINUTE; // 23:59: the same China day
    expect(await attempt()).toBe(429);
    clock = midnight + MINUTE; // 00:01 China time is 16:01 UTC of the day before
    expect(await attempt()).toBe(200);
    clock = midnight + 7 * 60 * MINUTE + 59 * MINUTE; // 07:59, still before 00:00 UTC
    expect(await attempt()).toBe(200);
    clock = midnight + 8 * 60 * MINUTE + MINUTE; // 08:01
    expect(await attempt()).toBe(200);
  });
});
