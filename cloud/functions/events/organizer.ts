import { pastFields, refusePast } from '@domain/common/picked-dates';
import { randomBytes } from 'node:crypto';
import { AppError, forbidden } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { encodeScene } from '@domain/events/rules';
import { eventIdInput, saveEventInput, type SaveEventInput, type SessionInput } from '@domain/events/schemas';
import type { SafetyEvent, Session } from '@domain/events/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, type ActionContext } from '../../core/router';
import type { Filter, Store } from '../../ports/store';
import { loadManagedEvent, sessionsOf } from './access';
import { summarizeEvent } from './citizen';
import { fillFromWaitlist } from './seats';

const newId = (prefix: string) => `${prefix}${randomBytes(5).toString('hex')}`;

const managed = action({
  role: 'organizer',
  input: empty,
  async run(_input, { caller, runtime }) {
    const filter: Filter = caller.roles.includes('admin') ? {} : { unit: caller.unit ?? '' };
    const events = await runtime.store.find<SafetyEvent>(COLLECTIONS.events, filter, {
      orderBy: [['createdAt', 'desc']],
      limit: 100,
    });
    const now = runtime.clock.now();
    return Promise.all(events.map(async (e) => summarizeEvent(e, await sessionsOf(runtime, e._id), now)));
  },
});

async function createEvent(ctx: ActionContext, input: SaveEventInput): Promise<string> {
  const { caller, runtime } = ctx;
  if (!caller.unit) throw forbidden('您的账号还没有所属单位，请联系管理员');
  const now = runtime.clock.now();
  refusePast(pastFields(input.sessions, now, (i) => `sessions.${i}.startAt`));
  const id = newId('ev');
  const event: SafetyEvent = {
    _id: id,
    title: input.title,
    unit: caller.unit,
    venue: input.venue,
    status: 'open',
    allowGroups: input.allowGroups,
    notes: input.notes,
    scene: encodeScene(id) ?? id,
    createdBy: caller.openid,
    createdAt: now,
    updatedAt: now,
  };
  await runtime.store.transaction(async (tx) => {
    await tx.insert(COLLECTIONS.events, event);
    for (const [order, s] of input.sessions.entries())
      await tx.insert(COLLECTIONS.sessions, newSession(event, s, order));
  });
  await audit(ctx, 'events.create', id, { sessions: input.sessions.length });
  return id;
}

const newSession = (event: SafetyEvent, s: SessionInput, order: number): Session => ({
  _id: newId('s'),
  eventId: event._id,
  unit: event.unit,
  title: s.title,
  zone: s.zone,
  startAt: s.startAt,
  endAt: s.endAt,
  capacity: s.capacity,
  seatsLeft: s.capacity,
  waitlistEnabled: s.waitlistEnabled,
  waitlisted: 0,
  checkedIn: 0,
  order,
});

/**
 * Edits keep every sign-up: capacity moves seatsLeft by the difference, guarded so
 * it never drops below the seats already taken, and a session with sign-ups cannot be removed.
 * A session a crowd is signing up for is changed by one guarded update of its own,
 * outside any transaction (a transaction over it would lose to the crowd); if one
 * is refused, the ones already changed are put back. The event, new sessions and
 * removed (empty) sessions nobody else touches then change in one transaction.
 */
async function updateEvent(ctx: ActionContext, id: string, input: SaveEventInput): Promise<Session[]> {
  const { caller, runtime } = ctx;
  const { store } = runtime;
  const event = await loadManagedEvent(runtime, caller, id);
  const existing = await sessionsOf(runtime, id);
  const kept = new Set(input.sessions.flatMap((s) => (s.id ? [s.id] : [])));
  for (const s of input.sessions) {
    if (s.id && !existing.some((e) => e._id === s.id)) throw new AppError('invalid_input', '场次不属于这个活动');
  }
  const picked = input.sessions.map((s) => ({
    startAt: s.startAt,
    before: existing.find((e) => e._id === s.id)?.startAt,
  }));
  refusePast(pastFields(picked, runtime.clock.now(), (i) => `sessions.${i}.startAt`));
  const removed = existing.filter((s) => !kept.has(s._id));
  for (const s of removed) {
    if ((await store.count(COLLECTIONS.registrations, { sessionId: s._id })) > 0) {
      throw new AppError('conflict', `场次“${s.title}”已有人报名，不能删除`);
    }
  }
  const now = runtime.clock.now();
  const changed: { before: Session; after: Session }[] = [];
  for (const [order, s] of input.sessions.entries()) {
    const before = existing.find((e) => e._id === s.id);
    if (!before) continue;
    const after: Session = {
      ...before,
      title: s.title,
      zone: s.zone,
      startAt: s.startAt,
      endAt: s.endAt,
      capacity: s.capacity,
      waitlistEnabled: s.waitlistEnabled,
      order,
    };
    if (!(await moveCapacity(store, before, after, now))) {
      for (const done of changed.reverse()) await moveCapacity(store, done.after, done.before, now);
      throw new AppError('conflict', `场次“${s.title}”的名额不能少于已报名人数`);
    }
    changed.push({ before, after });
  }
  await store.transaction(async (tx) => {
    const set = { title: input.title, venue: input.venue, allowGroups: input.allowGroups, notes: input.notes };
    await tx.update(COLLECTIONS.events, id, { set: { ...set, updatedAt: now } });
    for (const s of removed) await tx.remove(COLLECTIONS.sessions, s._id);
    for (const [order, s] of input.sessions.entries()) {
      if (!s.id) await tx.insert(COLLECTIONS.sessions, newSession(event, s, order));
    }
  });
  await audit(ctx, 'events.update', id, { sessions: input.sessions.length, removed: removed.length });
  return changed.filter(({ before, after }) => after.capacity > before.capacity).map(({ after }) => after);
}

/** One session's fields and capacity from `from` to `to`; seatsLeft moves by the difference, never below zero. */
function moveCapacity(store: Store, from: Session, to: Session, now: number): Promise<boolean> {
  const delta = to.capacity - from.capacity;
  const { title, zone, startAt, endAt, capacity, waitlistEnabled, order } = to;
  return store.update(
    COLLECTIONS.sessions,
    from._id,
    {
      set: { title, zone, startAt, endAt, capacity, waitlistEnabled, order, touchedAt: now },
      inc: { seatsLeft: delta },
    },
    { capacity: from.capacity, seatsLeft: { $gte: -delta } },
  );
}

const save = action({
  role: 'organizer',
  input: saveEventInput,
  async run(input, ctx) {
    if (!input.id) return { id: await createEvent(ctx, input) };
    const grown = await updateEvent(ctx, input.id, input);
    // Added seats go to the waitlist in order, however many open at once.
    for (const s of grown) await fillFromWaitlist(ctx.runtime, s, input.title);
    return { id: input.id };
  },
});

const setStatus = (status: SafetyEvent['status']) =>
  action({
    role: 'organizer',
    input: eventIdInput,
    async run(input, ctx) {
      await loadManagedEvent(ctx.runtime, ctx.caller, input.eventId);
      await ctx.runtime.store.update(COLLECTIONS.events, input.eventId, {
        set: { status, updatedAt: ctx.runtime.clock.now() },
      });
      await audit(ctx, `events.${status === 'open' ? 'reopen' : 'close'}`, input.eventId);
      return { status };
    },
  });

/** The event as the organizer edits it. */
const edit = action({
  role: 'organizer',
  input: eventIdInput,
  async run(input, { caller, runtime }) {
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    return { event, sessions: await sessionsOf(runtime, event._id) };
  },
});

export const organizerActions = { managed, save, edit, close: setStatus('closed'), reopen: setStatus('open') };
