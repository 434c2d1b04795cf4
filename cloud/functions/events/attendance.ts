import { checkInTimeRefusal } from '@domain/common/check-in-window';
import { chinaTime } from '@domain/common/china-time';
import { isTicketCode, normalizeTicketCode } from '@domain/events/ticket-code';
import { AppError, notFound } from '@domain/common/errors';
import { ticketCheckInRefusal, undoCheckInRefusal } from '@domain/events/rules';
import {
  checkInInput,
  checkInManualInput,
  registrationIdInput,
  registrationsInput,
  undoCheckInInput,
} from '@domain/events/schemas';
import type { EventAdminView, Registration, SafetyEvent, Session } from '@domain/events/types';
import { MAX_PAGE } from '../../ports/store';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, type ActionContext } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { sessionOfTicket } from '../../core/tickets';
import { loadManagedEvent, sessionsOf } from './access';
import { moveCounters } from './seats';
import { toRow } from './views';

export const registrationsOf = (runtime: Runtime, eventId: string) =>
  runtime.store.find<Registration>(
    COLLECTIONS.registrations,
    { eventId },
    { orderBy: [['createdAt', 'asc']], limit: MAX_PAGE },
  );

/**
 * A search by name or by the phone's last four digits: what a volunteer at the door asks for.
 * Only the four the mask shows: a longer tail would read the hidden digits one by one, past the logged reveal.
 */
const matchesQuery = (r: Registration, query: string) =>
  !query || r.name.includes(query) || (/^\d{4}$/.test(query) && r.phone.endsWith(query));

/** Live counts per session from the incrementally kept counters, and the (masked) sign-up list. */
const overview = action({
  role: 'organizer',
  input: registrationsInput,
  async run(input, { caller, runtime }): Promise<EventAdminView> {
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    const sessions = await sessionsOf(runtime, event._id);
    const titles = new Map(sessions.map((s) => [s._id, s.title]));
    const registrations = (await registrationsOf(runtime, event._id)).filter((r) => matchesQuery(r, input.query));
    return {
      event,
      sessions: sessions.map((s) => ({
        _id: s._id,
        title: s.title,
        zone: s.zone,
        startAt: s.startAt,
        endAt: s.endAt,
        capacity: s.capacity,
        seatsLeft: s.seatsLeft,
        confirmed: s.capacity - s.seatsLeft,
        waitlisted: s.waitlisted,
        checkedIn: s.checkedIn,
      })),
      registrations: registrations.map((r) => toRow(r, titles.get(r.sessionId) ?? '')),
    };
  },
});

/** The full number for the event's own organizers; every reveal is in the audit log. */
const revealPhone = action({
  role: 'organizer',
  input: registrationIdInput,
  async run(input, ctx) {
    const registration = await ctx.runtime.store.get<Registration>(COLLECTIONS.registrations, input.registrationId);
    if (!registration) throw notFound('这条报名');
    await loadManagedEvent(ctx.runtime, ctx.caller, registration.eventId);
    await audit(ctx, 'events.revealPhone', registration._id, { eventId: registration.eventId });
    return { phone: registration.phone };
  },
});

/** Checks a seat-holding sign-up in exactly once, within its session's window: the status guard makes a second scan fail. */
async function checkInRegistration(ctx: ActionContext, event: SafetyEvent, registration: Registration) {
  const { runtime, caller } = ctx;
  const refusal = ticketCheckInRefusal(registration, event._id, chinaTime);
  if (refusal) throw new AppError('conflict', refusal);
  const now = runtime.clock.now();
  // A ticket is good at its own session only: on its China day, from an hour before to an hour after.
  const session = await runtime.store.get<Session>(COLLECTIONS.sessions, registration.sessionId);
  if (!session) throw notFound('这个场次');
  const early = checkInTimeRefusal(session, now, `“${session.title}”场次`);
  if (early) throw new AppError('conflict', early);
  const set = { status: 'checked_in' as const, checkedInAt: now, checkedInBy: caller.openid, updatedAt: now };
  // The sign-up first, then the session's counter, each on its own: volunteers scan at several doors at once.
  if (!(await runtime.store.update(COLLECTIONS.registrations, registration._id, { set }, { status: 'confirmed' }))) {
    const current = await runtime.store.get<Registration>(COLLECTIONS.registrations, registration._id);
    throw new AppError('conflict', (current && ticketCheckInRefusal(current, event._id, chinaTime)) ?? '请刷新后重试');
  }
  await moveCounters(runtime.store, registration.sessionId, { checkedIn: 1 }, now);
  await audit(ctx, 'events.checkIn', registration._id, { eventId: event._id });
  return toRow({ ...registration, ...set }, session.title);
}

const checkIn = action({
  role: 'organizer',
  input: checkInInput,
  async run(input, ctx) {
    const event = await loadManagedEvent(ctx.runtime, ctx.caller, input.eventId);
    const invalid = new AppError('not_found', '票码无效，请核对后重试');
    // An 8-digit 票码 typed or read aloud at the desk: the check digit refuses a typo before any lookup.
    if (/^[\d\s-]+$/.test(input.ticket)) {
      if (!isTicketCode(input.ticket)) throw new AppError('invalid_input', '票码有误，请核对8位数字后重试');
      const found = await ctx.runtime.store.find<Registration>(
        COLLECTIONS.registrations,
        { eventId: event._id, ticketCode: normalizeTicketCode(input.ticket) },
        { limit: 2 },
      );
      if (found.length === 0) throw invalid;
      if (found.length > 1) throw new AppError('conflict', '这个票码对应多张票，请扫描二维码或按姓名签到');
      return checkInRegistration(ctx, event, found[0]);
    }
    const sessionId = sessionOfTicket(input.ticket);
    if (!sessionId) throw invalid;
    const [registration] = await ctx.runtime.store.find<Registration>(
      COLLECTIONS.registrations,
      { sessionId, ticket: input.ticket.trim() },
      { limit: 1 },
    );
    if (!registration) throw invalid;
    return checkInRegistration(ctx, event, registration);
  },
});

/** For someone without their phone: found by name or number at the door. */
const checkInManual = action({
  role: 'organizer',
  input: checkInManualInput,
  async run(input, ctx) {
    const event = await loadManagedEvent(ctx.runtime, ctx.caller, input.eventId);
    const registration = await ctx.runtime.store.get<Registration>(COLLECTIONS.registrations, input.registrationId);
    if (!registration) throw notFound('这条报名');
    return checkInRegistration(ctx, event, registration);
  },
});

/**
 * 撤销签到: reverses a mistaken ticket check-in, for the event's own organizers
 * (and admins). The sign-up goes back to 报名成功 (its ticket valid again), then
 * the session's 已签到 counter is lowered on its own, as the check-in raised it:
 * no transaction, so volunteers at other doors never conflict with it. Idempotent:
 * a retried undo finds the check-in already reversed and changes nothing more.
 * Only the check-in the organizer saw is undone: the update is guarded on the
 * `checkedInAt` (ms) the page sent, so if another organizer undid it and checked
 * the ticket in again meanwhile, the new check-in stands and this undo is refused.
 * Audited with the check-in it reversed. Errors (Chinese): `not_found` for a
 * missing sign-up, `forbidden` for another unit's event, `conflict` when there is
 * no check-in to undo or it is no longer the one the page showed.
 */
const undoCheckIn = action({
  role: 'organizer',
  input: undoCheckInInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    const registration = await runtime.store.get<Registration>(COLLECTIONS.registrations, input.registrationId);
    if (!registration) throw notFound('这条报名');
    const session = () => runtime.store.get<Session>(COLLECTIONS.sessions, registration.sessionId);
    const refusalOf = (r: Registration) => undoCheckInRefusal(r, event._id, input.checkedInAt, chinaTime);
    const refusal = refusalOf(registration);
    if (refusal === 'undone') return toRow(registration, (await session())?.title ?? '');
    if (refusal) throw new AppError('conflict', refusal);
    const now = runtime.clock.now();
    const set = {
      status: 'confirmed' as const,
      checkedInAt: null,
      checkedInBy: null,
      checkInUndoneAt: now,
      checkInUndoneBy: caller.openid,
      updatedAt: now,
    };
    const guard = { status: 'checked_in', checkedInAt: input.checkedInAt };
    if (!(await runtime.store.update(COLLECTIONS.registrations, registration._id, { set }, guard))) {
      // Someone else undid it (or checked it in again) meanwhile: answer the row as it now stands, or refuse.
      const current = await runtime.store.get<Registration>(COLLECTIONS.registrations, registration._id);
      const again = current && refusalOf(current);
      if (current && again === 'undone') return toRow(current, (await session())?.title ?? '');
      throw new AppError('conflict', again ?? '请刷新后重试');
    }
    await moveCounters(runtime.store, registration.sessionId, { checkedIn: -1 }, now);
    await audit(ctx, 'events.undoCheckIn', registration._id, {
      eventId: event._id,
      checkedInAt: input.checkedInAt,
      checkedInBy: registration.checkedInBy ?? null,
    });
    return toRow({ ...registration, ...set }, (await session())?.title ?? '');
  },
});

export const attendanceActions = { overview, revealPhone, checkIn, checkInManual, undoCheckIn };
