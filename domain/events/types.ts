/** 安全宣传咨询日 and other on-site events citizens sign up for. */
export type EventStatus = 'open' | 'closed';

export interface Venue {
  name: string;
  address: string;
  latitude?: number;
  longitude?: number;
}

export interface SafetyEvent {
  _id: string;
  title: string;
  /** The organizing unit; only its organizers manage the event. */
  unit: string;
  venue: Venue;
  status: EventStatus;
  /** Whether one sign-up may bring others (headcount > 1). */
  allowGroups: boolean;
  notes: string;
  /** The 小程序码 scene that opens this event (≤ 32 characters). */
  scene: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** A time slot or zone of an event (咨询区, 互动体验区, 文艺表演…), with its own seats. */
export interface Session {
  _id: string;
  eventId: string;
  unit: string;
  title: string;
  zone: string;
  startAt: number;
  endAt: number;
  capacity: number;
  /** Decremented atomically by every confirmed sign-up; never below zero. */
  seatsLeft: number;
  waitlistEnabled: boolean;
  /** Maintained incrementally with every status change, so counts never need a scan. */
  waitlisted: number;
  checkedIn: number;
  order: number;
  /**
   * When a seat or waitlist counter last moved (ms). The reconciliation corrects
   * the counters from the sign-ups only once the session has been quiet a while.
   */
  touchedAt?: number;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled' | 'checked_in';

export interface Registration {
  /** `${sessionId}:${openid}`: one sign-up per person per session. */
  _id: string;
  eventId: string;
  sessionId: string;
  unit: string;
  openid: string;
  name: string;
  phone: string;
  headcount: number;
  status: RegistrationStatus;
  /** The signed ticket code shown as the QR of a confirmed sign-up. */
  ticket: string;
  /** The 票码 (8 digits, Luhn) of `ticket`, for reading aloud or typing at the desk. */
  ticketCode?: string;
  createdAt: number;
  /** When the person joined the current queue position (sign-up or re-sign-up). */
  queuedAt: number;
  updatedAt: number;
  promotedAt?: number;
  /** When the before-session reminder went out; set once, so a reminder is never sent twice. */
  remindedAt?: number;
  cancelledAt?: number;
  /** Cleared (null) when the organizer undoes a mistaken check-in. */
  checkedInAt?: number | null;
  checkedInBy?: string | null;
  /** When and by whom the last check-in was undone (ms); the audit log keeps every undo. */
  checkInUndoneAt?: number;
  checkInUndoneBy?: string;
}

/** Whether an event can still be signed up for, as the citizen sees it. */
export type EventState = 'open' | 'closed' | 'ended';

export interface SessionView extends Pick<
  Session,
  '_id' | 'title' | 'zone' | 'startAt' | 'endAt' | 'capacity' | 'seatsLeft' | 'waitlistEnabled' | 'waitlisted'
> {
  /** Started sessions take no sign-ups. */
  started: boolean;
}

export interface EventSummary {
  _id: string;
  title: string;
  unit: string;
  venue: Venue;
  startAt: number | null;
  endAt: number | null;
  state: EventState;
}

export interface MyRegistration {
  _id: string;
  eventId: string;
  sessionId: string;
  eventTitle: string;
  sessionTitle: string;
  venue: string;
  startAt: number;
  endAt: number;
  name: string;
  /** The phone as the ticket shows it, 138****1234: a ticket is shown at a desk and over shoulders. */
  phoneMasked: string;
  headcount: number;
  status: RegistrationStatus;
  /** Only for a confirmed or checked-in sign-up. */
  ticket: string | null;
  /** The 票码 shown beside the QR (8 digits), only with `ticket`. */
  ticketCode: string | null;
  /** The ticket as a QR image (data URL), in 我的报名. */
  ticketQr: string | null;
  /** Place in the waitlist (1 = next). */
  waitlistPosition: number | null;
  promotedAt: number | null;
  checkedInAt: number | null;
  cancellable: boolean;
  /** A cancelled sign-up whose session still takes sign-ups: 重新报名 leads back to the event. */
  rejoinable: boolean;
}

export interface EventView {
  event: Omit<SafetyEvent, 'createdBy'>;
  sessions: SessionView[];
  state: EventState;
  mine: MyRegistration[];
}

/** A row of the organizer's sign-up list: the phone masked until revealed. */
export interface RegistrationRow {
  _id: string;
  sessionId: string;
  sessionTitle: string;
  name: string;
  phoneMasked: string;
  headcount: number;
  status: RegistrationStatus;
  createdAt: number;
  checkedInAt: number | null;
}

export interface SessionCounts {
  _id: string;
  title: string;
  zone: string;
  startAt: number;
  endAt: number;
  capacity: number;
  seatsLeft: number;
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
}

export interface EventAdminView {
  event: SafetyEvent;
  sessions: SessionCounts[];
  registrations: RegistrationRow[];
}
