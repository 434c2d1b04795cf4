import { keyedHash } from './keys';

/**
 * A sign-up's ticket: the session and an HMAC of the registration id, so a ticket
 * cannot be forged or derived from another one, and the QR never carries the
 * raw id (which contains the openid). Short enough to type at the door.
 */
export function ticketOf(secret: string, sessionId: string, registrationId: string): string {
  return `${sessionId}.${keyedHash(secret, 'ticket', registrationId).slice(0, 16)}`;
}

/** The session a ticket names, or null when it is not shaped like a ticket. */
export function sessionOfTicket(ticket: string): string | null {
  const m = /^([A-Za-z0-9_-]{1,40})\.[0-9a-f]{16}$/.exec(ticket.trim());
  return m ? m[1] : null;
}
