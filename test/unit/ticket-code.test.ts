import fc from 'fast-check';
import { formatTicketCode, isTicketCode, luhnDigit, ticketCodeOf } from '@domain/events/ticket-code';

describe('票码 (8 digits, Luhn)', () => {
  it('computes the Luhn digit of known numbers', () => {
    expect(luhnDigit('7992739871')).toBe('3'); // the textbook example
    expect(luhnDigit('0000000')).toBe('0');
  });

  it('is eight digits derived from the ticket and checks', () => {
    const code = ticketCodeOf('s1.0123456789abcdef');
    expect(code).toMatch(/^\d{8}$/);
    expect(isTicketCode(code!)).toBe(true);
    expect(ticketCodeOf('s1.0123456789abcdef')).toBe(code);
    expect(ticketCodeOf('not a ticket')).toBeNull();
  });

  it('accepts the way it is shown and read out', () => {
    const code = ticketCodeOf('s1.fedcba9876543210')!;
    expect(isTicketCode(formatTicketCode(code))).toBe(true);
    expect(isTicketCode(`${code.slice(0, 4)}-${code.slice(4)}`)).toBe(true);
    expect(isTicketCode('1234567')).toBe(false);
    expect(isTicketCode('abcdefgh')).toBe(false);
  });

  it('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(
        fc.hexaString({ minLength: 16, maxLength: 16 }),
        fc.nat(7),
        fc.integer({ min: 1, max: 9 }),
        (hex, at, delta) => {
          const code = ticketCodeOf(`s.${hex.toLowerCase()}`)!;
          const typo = code.slice(0, at) + String((Number(code[at]) + delta) % 10) + code.slice(at + 1);
          expect(isTicketCode(typo)).toBe(false);
        },
      ),
    );
  });
});
