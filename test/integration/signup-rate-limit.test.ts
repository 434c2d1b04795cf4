import type { MyRegistration } from '@domain/events/types';
import { RATE_LIMITS } from '@domain/common/rate-limits';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import { createEvent, dataOf, signUpPayload } from '../support/events';

describe('the sign-up budget', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
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
});
