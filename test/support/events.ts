import type { Envelope } from '@domain/common/errors';
import type { SaveEventInput } from '@domain/events/schemas';
import type { DevRole, DevSession, TestHost } from './local-host';

const HOUR = 3600_000;

/** An event a week from now with one session, as the organizer's form sends it. */
export function eventInput(
  overrides: Partial<SaveEventInput> = {},
  session: Partial<SaveEventInput['sessions'][number]> = {},
) {
  const startAt = Date.now() + 7 * 24 * HOUR;
  return {
    title: '安全宣传咨询日现场活动',
    venue: { name: '文化广场', address: '人民路 1 号' },
    allowGroups: false,
    notes: '',
    sessions: [
      {
        title: '咨询区',
        zone: '咨询区',
        startAt,
        endAt: startAt + 2 * HOUR,
        capacity: 2,
        waitlistEnabled: true,
        ...session,
      },
    ],
    ...overrides,
  };
}

/** Unwraps an envelope, failing the test with the server's message. */
export function dataOf<T>(response: { body: Envelope<T> }): T {
  if (!response.body.ok) throw new Error(`${response.body.error.code}: ${response.body.error.message}`);
  return response.body.data;
}

/** Signs in through the host's dev sign-in: a new citizen each time; the demo organizer, handler or admin. */
export async function signInWithOpenid(t: TestHost, role: DevRole): Promise<DevSession> {
  const res = await fetch(`${t.host.url}/dev/signin`, { method: 'POST', body: JSON.stringify({ role }) });
  const body = (await res.json()) as Envelope<DevSession>;
  return dataOf({ body });
}

/** An organizer of another unit, granted by the admin. */
export async function otherUnitOrganizer(t: TestHost): Promise<string> {
  const admin = await t.signIn('admin');
  const person = await signInWithOpenid(t, 'citizen');
  dataOf(
    await t.call(
      'admin',
      { action: 'grantRole', payload: { openid: person.openid, roles: ['organizer'], unit: '其他街道办事处' } },
      admin,
    ),
  );
  return person.token;
}

/** Creates an event as `organizer` and answers its id and first session id. */
export async function createEvent(t: TestHost, organizer: string, input = eventInput()) {
  const { id } = dataOf(await t.call<{ id: string }>('events', { action: 'save', payload: input }, organizer));
  const { sessions } = dataOf(
    await t.call<{ sessions: { _id: string }[] }>('events', { action: 'edit', payload: { eventId: id } }, organizer),
  );
  return { eventId: id, sessionId: sessions[0]._id, sessionIds: sessions.map((s) => s._id) };
}

export const signUpPayload = (sessionId: string, overrides: Record<string, unknown> = {}) => ({
  sessionId,
  name: '张三',
  phone: '13800000000',
  consent: true,
  ...overrides,
});
