import { ticketCodeOf } from '@domain/events/ticket-code';
import { AppError, notFound } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import {
  clashRefusal,
  decodeScene,
  eventState,
  headcountRefusal,
  HOLDING_STATUSES,
  signUpRefusal,
} from '@domain/events/rules';
import { openEventInput, registrationIdInput, signUpInput } from '@domain/events/schemas';
import type { EventSummary, Registration, SafetyEvent, Session } from '@domain/events/types';
import { MAX_PAGE } from '../../ports/store';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';
import { action } from '../../core/router';
import { ticketOf } from '../../core/tickets';
import { loadEvent, loadOwnRegistration, loadSession, sessionsOf } from './access';
import { REMINDER_TEMPLATE } from './reminders';
import { admit, notifyPromoted, PROMOTED_TEMPLATE, withdraw } from './seats';
import { claimSessionTime } from './time-claims';
import { toMyRegistration, toSessionView } from './views';

export function summarizeEvent(event: SafetyEvent, sessions: Session[], now: number): EventSummary {
  return {
    _id: event._id,
    title: event.title,
    unit: event.unit,
    venue: event.venue,
    startAt: sessions.length ? Math.min(...sessions.map((s) => s.startAt)) : null,
    endAt: sessions.length ? Math.max(...sessions.map((s) => s.endAt)) : null,
    state: eventState(event.status, sessions, now),
  };
}

const listOpen = action({
  role: 'citizen',
  input: empty,
  async run(_input, { runtime }) {
    const now = runtime.clock.now();
    const events = await runtime.store.find<SafetyEvent>(
      COLLECTIONS.events,
      { status: 'open' },
      { orderBy: [['createdAt', 'desc']], limit: 100 },
    );
    const summaries = await Promise.all(
      events.map(async (e) => summarizeEvent(e, await sessionsOf(runtime, e._id), now)),
    );
    return summaries.filter((s) => s.state === 'open').sort((a, b) => (a.startAt ?? 0) - (b.startAt ?? 0));
  },
});

/** The page a venue QR opens: by `scene` (小程序码) or by id (H5 link, list). */
const open = action({
  role: 'citizen',
  input: openEventInput,
  async run(input, { caller, runtime }) {
    const id = input.id ?? decodeScene(input.scene ?? '');
    if (!id) throw notFound('这个活动');
    const stored = await loadEvent(runtime, id);
    // Who created it is an openid: internal only.
    const event = { ...stored, createdBy: undefined };
    const now = runtime.clock.now();
    const sessions = await sessionsOf(runtime, id);
    const mine = await runtime.store.find<Registration>(COLLECTIONS.registrations, {
      eventId: id,
      openid: caller.openid,
    });
    const byId = new Map(sessions.map((s) => [s._id, s]));
    return {
      event,
      sessions: sessions.map((s) => toSessionView(s, now)),
      state: eventState(event.status, sessions, now),
      mine: await Promise.all(
        mine.flatMap((r) => {
          const session = byId.get(r.sessionId);
          return session ? [toMyRegistration(runtime, r, event, session)] : [];
        }),
      ),
    };
  },
});

/**
 * Refuses a sign-up whose session overlaps one the person already holds. Only
 * the person's own rows and the few sessions they name are read (one more round
 * trip, only for someone holding other sign-ups); nothing shared is written, so
 * the crowd's seat path stays as seats.ts has it. Their sign-up being made at
 * the same moment is not among these rows yet: claimSessionTime refuses that one.
 */
async function refuseClash(runtime: Runtime, session: Session, own: Registration[]) {
  const holding = own.filter((r) => r.sessionId !== session._id && HOLDING_STATUSES.includes(r.status));
  if (holding.length === 0) return;
  const held = await runtime.store.find<Session>(COLLECTIONS.sessions, {
    _id: { $in: [...new Set(holding.map((r) => r.sessionId))] },
  });
  const clash = clashRefusal(session, held);
  if (clash) throw new AppError('conflict', clash, { sessionId: clash });
}

/**
 * Six store round trips for a seated newcomer: the session and any earlier
 * sign-up (read together), the event, the daily attempt budget with the claim on
 * the session's time (time-claims.ts), the guarded seat and the sign-up itself.
 * No transaction: see seats.ts. A sign-up that fails after its claim releases it.
 */
const signUp = action({
  role: 'citizen',
  identityOnly: true,
  input: signUpInput,
  async run(input, { caller, runtime }) {
    const registrationId = `${input.sessionId}:${caller.openid}`;
    // The person's sign-ups, read with the session in one round trip: this one (if any) and those that may clash.
    const [session, own] = await Promise.all([
      loadSession(runtime, input.sessionId),
      runtime.store.find<Registration>(COLLECTIONS.registrations, { openid: caller.openid }, { limit: MAX_PAGE }),
    ]);
    const existing = own.find((r) => r._id === registrationId);
    const event = await loadEvent(runtime, session.eventId);
    // Signing up twice answers the sign-up already made, whatever the second form said.
    if (existing && existing.status !== 'cancelled') return toMyRegistration(runtime, existing, event, session);
    const now = runtime.clock.now();
    const refusal = signUpRefusal(event.status, session, now) ?? headcountRefusal(event.allowGroups, input.headcount);
    if (refusal) throw new AppError('conflict', refusal);
    await refuseClash(runtime, session, own);
    const release = await claimSessionTime(runtime, caller.openid, session, now);

    const ticket = ticketOf(runtime.config.signingSecret, session._id, registrationId);
    const draft: Omit<Registration, 'status'> = {
      _id: registrationId,
      eventId: event._id,
      sessionId: session._id,
      unit: event.unit,
      openid: caller.openid,
      name: input.name,
      phone: input.phone,
      headcount: input.headcount,
      ticket,
      ticketCode: ticketCodeOf(ticket) ?? undefined,
      createdAt: existing?.createdAt ?? now,
      queuedAt: now,
      updatedAt: now,
    };
    let registration: Registration | null;
    try {
      // Null: the same person's other request signed up first; answer that one.
      registration =
        (await admit(runtime, session, draft, Boolean(existing))) ??
        (await runtime.store.get<Registration>(COLLECTIONS.registrations, registrationId));
    } catch (error) {
      await release().catch(() => undefined);
      throw error;
    }
    if (!registration) {
      await release();
      throw new AppError('conflict', '报名状态刚刚发生了变化，请刷新后再试');
    }
    return toMyRegistration(runtime, registration, event, session);
  },
});

const mine = action({
  role: 'citizen',
  input: empty,
  async run(_input, { caller, runtime }) {
    const registrations = await runtime.store.find<Registration>(
      COLLECTIONS.registrations,
      { openid: caller.openid },
      { orderBy: [['createdAt', 'desc']], limit: 100 },
    );
    return Promise.all(
      registrations.map(async (r) =>
        toMyRegistration(runtime, r, await loadEvent(runtime, r.eventId), await loadSession(runtime, r.sessionId), {
          withQr: true,
        }),
      ),
    );
  },
});

/** Cancelling a seat releases it and promotes the first in line (see seats.ts for the order of steps). */
const cancel = action({
  role: 'citizen',
  input: registrationIdInput,
  async run(input, { caller, runtime }) {
    const registration = await loadOwnRegistration(runtime, caller, input.registrationId);
    const session = await loadSession(runtime, registration.sessionId);
    const event = await loadEvent(runtime, registration.eventId);
    const now = runtime.clock.now();
    if (registration.status === 'cancelled') throw new AppError('conflict', '这条报名已经取消');
    if (registration.status === 'checked_in') throw new AppError('conflict', '已签到的报名不能取消');
    if (session.startAt <= now) throw new AppError('conflict', '场次已开始，不能取消报名');

    const promoted = await withdraw(runtime, registration, now);
    if (!promoted) throw new AppError('conflict', '报名状态刚刚发生了变化，请刷新后再试');
    await notifyPromoted(runtime, promoted, { event: event.title, session: session.title });
    const cancelled = await loadOwnRegistration(runtime, caller, registration._id);
    return toMyRegistration(runtime, cancelled, event, session);
  },
});

/**
 * The templates to ask for at sign-up: waitlist promotion (TEMPLATE_WAITLIST_PROMOTED)
 * and the before-session reminder (TEMPLATE_SESSION_REMINDER); none locally.
 */
const subscribeTemplates = action({
  role: 'citizen',
  input: empty,
  run: async (_input, { runtime }) => ({
    templateIds: [PROMOTED_TEMPLATE, REMINDER_TEMPLATE].flatMap((key) => runtime.config.templates[key] ?? []),
  }),
});

export const citizenActions = { listOpen, open, signUp, mine, cancel, subscribeTemplates };
