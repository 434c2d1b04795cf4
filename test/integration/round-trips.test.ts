import { startTestHost, type TestHost } from '../support/local-host';
import { codeAt, createActivity } from '../support/checkins';
import { createEvent, dataOf, eventInput, signUpPayload } from '../support/events';

/**
 * Every store call is a network round trip on CloudBase, and a crowd pays each
 * one on every call: the venue sign-up and the hall's check-in stay within the
 * round trips the crowd issue allows, counted by the stand-in itself.
 */
describe('round trips a crowd pays per call, on CloudbaseStore over the stand-in', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ engine: 'cloudbase-standin' });
  });
  afterAll(() => t.stop());

  const tripsOf = async (run: () => Promise<unknown>) => {
    const before = t.cloudDb!.calls;
    await run();
    return t.cloudDb!.calls - before;
  };

  it('a seated sign-up takes at most 6, a check-in at most 5', async () => {
    const organizer = await t.signIn('organizer');
    const citizen = await t.signIn('citizen');
    const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 5 }));
    const activity = await createActivity(t, organizer);

    let status = '';
    const signUp = await tripsOf(async () => {
      status = dataOf(
        await t.call<{ status: string }>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, citizen),
      ).status;
    });
    expect(status).toBe('confirmed');
    expect(signUp).toBeLessThanOrEqual(6);

    const payload = { name: '张三', org: '示范社区居民', scene: codeAt(t, activity._id).scene };
    const checkIn = await tripsOf(async () => {
      dataOf(await t.call('checkins', { action: 'checkIn', payload }, citizen));
    });
    expect(checkIn).toBeLessThanOrEqual(5);
  });
});
