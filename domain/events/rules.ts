import { chinaClock, chinaDay, chinaTime } from '../common/china-time';
import type { EventState, EventStatus, Registration, RegistrationStatus, Session } from './types';

/** The most people one group sign-up may bring, the person included. */
export const MAX_HEADCOUNT = 10;

/** wxacode.getUnlimited's scene limit. */
export const SCENE_MAX = 32;

const SCENE_PREFIX = 'e=';

/** The 小程序码 scene naming an event; null when the id cannot fit. */
export function encodeScene(eventId: string): string | null {
  const scene = `${SCENE_PREFIX}${eventId}`;
  return scene.length <= SCENE_MAX && /^[A-Za-z0-9_-]+$/.test(eventId) ? scene : null;
}

/** The event id a scanned scene names (WeChat hands it over URL-encoded), or null. */
export function decodeScene(raw: string): string | null {
  let scene: string;
  try {
    scene = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (scene.length > SCENE_MAX || !scene.startsWith(SCENE_PREFIX)) return null;
  const id = scene.slice(SCENE_PREFIX.length);
  return /^[A-Za-z0-9_-]+$/.test(id) ? id : null;
}

/** Closed by the organizer, ended when every session is over, otherwise open. */
export function eventState(status: EventStatus, sessions: Pick<Session, 'endAt'>[], now: number): EventState {
  if (sessions.length > 0 && sessions.every((s) => s.endAt <= now)) return 'ended';
  if (status === 'closed' || sessions.length === 0) return 'closed';
  return 'open';
}

/** Why a session takes no sign-up right now, or null when it does. */
export function signUpRefusal(status: EventStatus, session: Pick<Session, 'startAt'>, now: number): string | null {
  if (status === 'closed') return '该活动已停止报名';
  if (session.startAt <= now) return '该场次已开始或已结束，报名已截止';
  return null;
}

/** Whether two sessions share any time (ms; a session ending as the other starts does not). */
export const overlaps = (a: Pick<Session, 'startAt' | 'endAt'>, b: Pick<Session, 'startAt' | 'endAt'>) =>
  a.startAt < b.endAt && b.startAt < a.endAt;

/** Statuses in which a person holds a session: signed up, waiting, or there. A cancelled sign-up holds nothing. */
export const HOLDING_STATUSES: RegistrationStatus[] = ['confirmed', 'waitlisted', 'checked_in'];

/**
 * Why a person may not sign up for `wanted` while holding `held` (the sessions
 * of their other sign-ups that hold a place): the first one overlapping it in
 * time, named with its China time; null when none does. One person cannot be
 * in two places at once, and a seat they cannot use is a seat someone else lacks.
 */
export function clashRefusal(
  wanted: Pick<Session, '_id' | 'startAt' | 'endAt'>,
  held: Pick<Session, '_id' | 'title' | 'startAt' | 'endAt'>[],
): string | null {
  const clash = held.find((s) => s._id !== wanted._id && overlaps(s, wanted));
  if (!clash) return null;
  return `您已报名同一时段的“${clash.title}”场次（${sessionTime(clash)}，北京时间），不能再报名时间重叠的场次；如需改报，请先取消原报名`;
}

/** A session's time as a refusal names it, China time: `2026-06-16 09:00–11:30` (the end's day only if another). */
function sessionTime(s: Pick<Session, 'startAt' | 'endAt'>): string {
  const end = chinaDay(s.endAt) === chinaDay(s.startAt) ? chinaClock(s.endAt) : chinaTime(s.endAt);
  return `${chinaTime(s.startAt)}–${end}`;
}

/**
 * Why a person may not sign up for a session while their own sign-up for
 * `pending` (overlapping it) is still being made, e.g. from a second phone at
 * the same moment: whether that one succeeds is not known yet, so this one waits
 * for nothing and says where to look.
 */
export function clashPendingRefusal(pending: Pick<Session, 'title' | 'startAt' | 'endAt'>): string {
  return `您正在报名同一时段的“${pending.title}”场次（${sessionTime(pending)}，北京时间），不能同时报名时间重叠的场次；请稍后在“我的报名”中查看结果`;
}

/** Why this headcount is not accepted for the event, or null. */
export function headcountRefusal(allowGroups: boolean, headcount: number): string | null {
  if (!allowGroups && headcount !== 1) return '该活动只接受个人报名';
  return null;
}

/** The status machine of a sign-up; anything not listed is refused. */
export const REGISTRATION_TRANSITIONS: Record<RegistrationStatus, RegistrationStatus[]> = {
  confirmed: ['cancelled', 'checked_in'],
  waitlisted: ['confirmed', 'cancelled'],
  // Signing up again after cancelling reuses the same record (one per person per session).
  cancelled: ['confirmed', 'waitlisted'],
  // Only the organizer's 撤销签到 of a mistaken check-in (events.undoCheckIn).
  checked_in: ['confirmed'],
};

export const canTransition = (from: RegistrationStatus, to: RegistrationStatus) =>
  REGISTRATION_TRANSITIONS[from].includes(to);

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: '报名成功',
  waitlisted: '候补中',
  cancelled: '已取消',
  checked_in: '已签到',
};

/** A sign-up can be cancelled by its owner until the session starts. */
export function canCancel(status: RegistrationStatus, session: Pick<Session, 'startAt'>, now: number): boolean {
  return canTransition(status, 'cancelled') && now < session.startAt;
}

/** Why a ticket cannot be checked in at this event, or null when it can. */
export function ticketCheckInRefusal(
  registration: Pick<Registration, 'eventId' | 'status' | 'checkedInAt'>,
  eventId: string,
  formatTime: (ms: number) => string,
): string | null {
  if (registration.eventId !== eventId) return '这张票不属于本活动，请核对活动';
  switch (registration.status) {
    case 'checked_in':
      return `这张票已于 ${formatTime(registration.checkedInAt ?? 0)} 签到，不能重复使用`;
    case 'cancelled':
      return '该报名已取消，票无效';
    case 'waitlisted':
      return '该报名仍在候补中，尚未获得名额';
    default:
      return null;
  }
}

/**
 * Why this sign-up's check-in cannot be undone at this event, or null when it
 * can. `seenCheckedInAt` (ms) is the check-in time the organizer's screen showed:
 * an undo reverses only that check-in, never one made since (another organizer
 * undid it and checked the ticket in again), so a different time is refused,
 * naming the current one via `formatTime` (China time). `undone` answers a
 * retried undo: the check-in is already reversed, so there is nothing more to
 * do (the action answers the row as it stands).
 */
export function undoCheckInRefusal(
  registration: Pick<Registration, 'eventId' | 'status' | 'checkInUndoneAt' | 'checkedInAt'>,
  eventId: string,
  seenCheckedInAt: number,
  formatTime: (ms: number) => string,
): string | 'undone' | null {
  if (registration.eventId !== eventId) return '这条报名不属于本活动，请核对活动';
  switch (registration.status) {
    case 'checked_in':
      if (registration.checkedInAt === seenCheckedInAt) return null;
      return `这张票的签到已被更新（现为 ${formatTime(registration.checkedInAt ?? 0)} 签到），请刷新后再决定是否撤销`;
    case 'confirmed':
      return registration.checkInUndoneAt ? 'undone' : '该报名尚未签到，无需撤销';
    case 'cancelled':
      return '该报名已取消，没有可撤销的签到';
    default:
      return '该报名仍在候补中，没有可撤销的签到';
  }
}

/** Confirmed people get one reminder when their session is this close. */
export const REMINDER_LEAD_MS = 2 * 3600_000;

/** Sessions starting after `after` and by `until` are due for reminders at `now`. */
export function reminderWindow(now: number): { after: number; until: number } {
  return { after: now, until: now + REMINDER_LEAD_MS };
}

export function reminderDue(session: Pick<Session, 'startAt'>, now: number): boolean {
  const { after, until } = reminderWindow(now);
  return session.startAt > after && session.startAt <= until;
}
