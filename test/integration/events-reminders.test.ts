import { NOTIFICATIONS, type RecordedNotification } from '../../cloud/adapters/local/notifications';
import { startTestHost, type TestHost } from '../support/local-host';
import { createEvent, dataOf, eventInput, signInWithOpenid, signUpPayload } from '../support/events';

const HOUR = 3600_000;

describe('before-session reminders', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(() => t.stop());

  const reminders = () =>
    t.host.runtime.store.find<RecordedNotification>(NOTIFICATIONS, { template: 'session_reminder' });

  async function eventStartingIn(ms: number) {
    const organizer = await t.signIn('organizer');
    const startAt = Date.now() + ms;
    return createEvent(t, organizer, eventInput({}, { startAt, endAt: startAt + HOUR, capacity: 2 }));
  }

  it('reminds every confirmed person once, and nobody on the waitlist', async () => {
    const { sessionId } = await eventStartingIn(HOUR);
    const people = [];
    for (let i = 0; i < 3; i += 1) {
      const person = await signInWithOpenid(t, 'citizen');
      dataOf(await t.call('events', { action: 'signUp', payload: signUpPayload(sessionId) }, person.token));
      people.push(person);
    }
    const admin = await t.signIn('admin');

    expect(dataOf(await t.call('events', { action: 'sendReminders' }, admin))).toEqual({ sent: 2 });
    const sent = await reminders();
    expect(sent.map((n) => n.toOpenid).sort()).toEqual(
      people
        .slice(0, 2)
        .map((p) => p.openid)
        .sort(),
    );
    expect(sent[0].data).toMatchObject({ event: '安全宣传咨询日现场活动', session: '咨询区' });

    expect(dataOf(await t.call('events', { action: 'sendReminders' }, admin))).toEqual({ sent: 0 });
    expect(await reminders()).toHaveLength(2);
  });

  it('waits until the session is within two hours', async () => {
    const { sessionId } = await eventStartingIn(3 * HOUR);
    const person = await signInWithOpenid(t, 'citizen');
    dataOf(await t.call('events', { action: 'signUp', payload: signUpPayload(sessionId) }, person.token));
    const admin = await t.signIn('admin');
    expect(dataOf(await t.call('events', { action: 'sendReminders' }, admin))).toEqual({ sent: 0 });
  });

  it('is an admin (timer) action only', async () => {
    const citizen = await t.signIn('citizen');
    const res = await t.call('events', { action: 'sendReminders' }, citizen);
    expect(res.status).toBe(403);
  });
});
