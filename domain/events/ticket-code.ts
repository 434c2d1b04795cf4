/**
 * The 票码: eight digits a person can read aloud at the desk or type on H5
 * beside the ticket QR. Seven digits come from the ticket's keyed hash (so the
 * code is as unguessable as 10^7 allows and never carries an id); the eighth is
 * a Luhn check digit (ISO/IEC 7812-1), which catches every single mistyped digit
 * and most swaps of neighbours before the server is asked.
 */
export const TICKET_CODE_LENGTH = 8;

/** The Luhn check digit for a string of digits. */
export function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts from the rightmost payload digit, since the check digit will follow it.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * The 票码 of a ticket (`<sessionId>.<16 hex>`, see cloud/core/tickets.ts): the
 * hex tail's first 12 digits as a number mod 10^7, zero-padded, plus its Luhn
 * digit. Returns null for a string that is not shaped like a ticket.
 */
export function ticketCodeOf(ticket: string): string | null {
  const m = /\.([0-9a-f]{16})$/.exec(ticket.trim());
  if (!m) return null;
  const payload = String(parseInt(m[1].slice(0, 12), 16) % 10_000_000).padStart(7, '0');
  return payload + luhnDigit(payload);
}

/** Digits only: people type 票码 with spaces or dashes, as it is shown ("1234 5678"). */
export const normalizeTicketCode = (typed: string): string => typed.replace(/[\s-]/g, '');

/** Whether a typed string is eight digits whose last one checks. */
export function isTicketCode(typed: string): boolean {
  const code = normalizeTicketCode(typed);
  return /^\d{8}$/.test(code) && luhnDigit(code.slice(0, 7)) === code[7];
}

/** "1234 5678": the way the code is shown, in two groups of four. */
export const formatTicketCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;
