import QRCode from 'qrcode';
import { maskPhone } from '@domain/common/masking';
import { canCancel, signUpRefusal } from '@domain/events/rules';
import { ticketCodeOf } from '@domain/events/ticket-code';
import type {
  MyRegistration,
  Registration,
  RegistrationRow,
  SafetyEvent,
  Session,
  SessionView,
} from '@domain/events/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';

export const toSessionView = (s: Session, now: number): SessionView => ({
  _id: s._id,
  title: s.title,
  zone: s.zone,
  startAt: s.startAt,
  endAt: s.endAt,
  capacity: s.capacity,
  seatsLeft: s.seatsLeft,
  waitlistEnabled: s.waitlistEnabled,
  waitlisted: s.waitlisted,
  started: s.startAt <= now,
});

const holdsTicket = (r: Registration) => r.status === 'confirmed' || r.status === 'checked_in';

/**
 * What the person sees of their own sign-up. The ticket QR (only while it holds a
 * seat) is drawn for 我的报名 alone: a PNG per answer would cost the sign-up burst CPU it needs.
 */
export async function toMyRegistration(
  runtime: Runtime,
  r: Registration,
  event: Pick<SafetyEvent, 'title' | 'venue' | 'status'>,
  session: Session,
  { withQr = false } = {},
): Promise<MyRegistration> {
  const ticket = holdsTicket(r) ? r.ticket : null;
  const ahead =
    r.status === 'waitlisted'
      ? await runtime.store.count(COLLECTIONS.registrations, {
          sessionId: r.sessionId,
          status: 'waitlisted',
          queuedAt: { $lt: r.queuedAt },
        })
      : null;
  return {
    _id: r._id,
    eventId: r.eventId,
    sessionId: r.sessionId,
    eventTitle: event.title,
    sessionTitle: session.title,
    venue: `${event.venue.name}（${event.venue.address}）`,
    startAt: session.startAt,
    endAt: session.endAt,
    name: r.name,
    phoneMasked: maskPhone(r.phone),
    headcount: r.headcount,
    status: r.status,
    ticket,
    ticketCode: ticket ? (r.ticketCode ?? ticketCodeOf(ticket)) : null,
    ticketQr:
      ticket && withQr ? await QRCode.toDataURL(ticket, { width: 360, margin: 2, errorCorrectionLevel: 'M' }) : null,
    waitlistPosition: ahead === null ? null : ahead + 1,
    promotedAt: r.promotedAt ?? null,
    checkedInAt: r.checkedInAt ?? null,
    cancellable: canCancel(r.status, session, runtime.clock.now()),
    rejoinable: r.status === 'cancelled' && signUpRefusal(event.status, session, runtime.clock.now()) === null,
  };
}

export const toRow = (r: Registration, sessionTitle: string): RegistrationRow => ({
  _id: r._id,
  sessionId: r.sessionId,
  sessionTitle,
  name: r.name,
  phoneMasked: maskPhone(r.phone),
  headcount: r.headcount,
  status: r.status,
  createdAt: r.createdAt,
  checkedInAt: r.checkedInAt ?? null,
});
