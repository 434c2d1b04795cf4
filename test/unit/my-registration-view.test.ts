/**
 * What a person sees of their own sign-up (我的报名, the ticket, the event page's
 * 您已报名): the phone masked as on every list, and a cancelled sign-up that
 * still leads back to its event.
 */
import type { Registration, SafetyEvent, Session } from '@domain/events/types';
import type { Runtime } from '../../cloud/core/runtime';
import { toMyRegistration } from '../../cloud/functions/events/views';

const NOW = Date.parse('2026-11-30T02:00:00Z');
const DAY = 24 * 3600_000;

const runtime = { clock: { now: () => NOW }, store: { count: async () => 0 } } as unknown as Runtime;
const event = (status: SafetyEvent['status']) =>
  ({ title: '安全宣传咨询日', venue: { name: '文化广场', address: '示范路 1 号' }, status }) as SafetyEvent;
const session = (startAt: number) =>
  ({ _id: 's1', title: '上午场', startAt, endAt: startAt + 2 * 3600_000 }) as Session;
const registration = (status: Registration['status']) =>
  ({
    _id: 's1:o1',
    eventId: 'e1',
    sessionId: 's1',
    openid: 'o1',
    name: '李四',
    phone: '13812341234',
    headcount: 1,
    status,
    ticket: 'signed-ticket',
    ticketCode: '12345678',
  }) as Registration;

describe('a phone shown to its owner on a ticket or list is masked', () => {
  it.each(['confirmed', 'waitlisted', 'checked_in', 'cancelled'] as const)('a %s sign-up', async (status) => {
    const mine = await toMyRegistration(runtime, registration(status), event('open'), session(NOW + DAY), {
      withQr: status === 'confirmed',
    });
    expect(mine.phoneMasked).toBe('138****1234');
    expect(JSON.stringify(mine)).not.toContain('13812341234');
  });
});

describe('a cancelled sign-up leads back to its event', () => {
  it.each([
    ['open, session ahead', 'open', NOW + DAY, true],
    ['closed by the organizer', 'closed', NOW + DAY, false],
    ['session begun', 'open', NOW - 3600_000, false],
  ] as const)('%s: 重新报名 only while it takes sign-ups', async (_name, status, startAt, rejoinable) => {
    const mine = await toMyRegistration(runtime, registration('cancelled'), event(status), session(startAt));
    expect(mine.rejoinable).toBe(rejoinable);
    expect(mine.eventId).toBe('e1');
  });

  it('a held sign-up is never offered 重新报名', async () => {
    for (const status of ['confirmed', 'waitlisted', 'checked_in'] as const) {
      const mine = await toMyRegistration(runtime, registration(status), event('open'), session(NOW + DAY));
      expect(mine.rejoinable).toBe(false);
    }
  });
});
