import { eventWhen } from '@domain/events/when';

/** China time, whatever zone the machine runs in: 2026-06-16 01:00 UTC is 09:00 in China. */
const at = (iso: string) => Date.parse(iso);

describe('when an event runs (the event page header and the poster)', () => {
  it('one day: the date once, then the last session end', () => {
    const sessions = [
      { startAt: at('2026-06-16T03:00:00Z'), endAt: at('2026-06-16T04:00:00Z') },
      { startAt: at('2026-06-16T01:00:00Z'), endAt: at('2026-06-16T02:00:00Z') },
    ];
    expect(eventWhen(sessions)).toBe('2026-06-16 09:00 — 12:00');
  });

  it('across days: both ends in full', () => {
    const sessions = [
      { startAt: at('2026-06-16T01:00:00Z'), endAt: at('2026-06-16T02:00:00Z') },
      { startAt: at('2026-06-17T01:00:00Z'), endAt: at('2026-06-17T04:00:00Z') },
    ];
    expect(eventWhen(sessions)).toBe('2026-06-16 09:00 — 2026-06-17 12:00');
  });

  it('the China day, not the UTC day: 23:00 UTC is the next morning in China', () => {
    const sessions = [{ startAt: at('2026-06-15T23:00:00Z'), endAt: at('2026-06-16T01:00:00Z') }];
    expect(eventWhen(sessions)).toBe('2026-06-16 07:00 — 09:00');
  });

  it('nothing without sessions', () => {
    expect(eventWhen([])).toBe('');
  });
});
