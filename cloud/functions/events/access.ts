import { forbidden, notFound } from '@domain/common/errors';
import type { Registration, SafetyEvent, Session } from '@domain/events/types';
import type { Caller } from '@domain/roles/roles';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';

export async function loadEvent(runtime: Runtime, id: string): Promise<SafetyEvent> {
  const event = await runtime.store.get<SafetyEvent>(COLLECTIONS.events, id);
  if (!event) throw notFound('这个活动');
  return event;
}

export async function loadSession(runtime: Runtime, id: string): Promise<Session> {
  const session = await runtime.store.get<Session>(COLLECTIONS.sessions, id);
  if (!session) throw notFound('这个场次');
  return session;
}

export const sessionsOf = (runtime: Runtime, eventId: string) =>
  runtime.store.find<Session>(COLLECTIONS.sessions, { eventId }, { orderBy: [['order', 'asc']] });

/** Only the organizers of the event's own unit (and admins) manage it or see its sign-ups. */
export function assertManages(caller: Caller, event: Pick<SafetyEvent, 'unit'>): void {
  if (caller.roles.includes('admin')) return;
  if (!caller.unit || caller.unit !== event.unit) throw forbidden('只能管理本单位组织的活动');
}

export async function loadManagedEvent(runtime: Runtime, caller: Caller, id: string): Promise<SafetyEvent> {
  const event = await loadEvent(runtime, id);
  assertManages(caller, event);
  return event;
}

/** The caller's own sign-up; someone else's answers the same as a missing one. */
export async function loadOwnRegistration(runtime: Runtime, caller: Caller, id: string): Promise<Registration> {
  const registration = await runtime.store.get<Registration>(COLLECTIONS.registrations, id);
  if (!registration || registration.openid !== caller.openid) throw notFound('这条报名');
  return registration;
}
