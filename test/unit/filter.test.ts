import { applyPatch, matches } from '../../cloud/ports/filter';

describe('filter semantics shared by the store adapters', () => {
  const doc = { _id: 'a', n: 5, s: 'b', flag: true, nested: { seats: 2 } };

  it.each([
    [{ n: 5 }, true],
    [{ n: 6 }, false],
    [{ 'nested.seats': { $gt: 0 } }, true],
    [{ 'nested.seats': { $gt: 2 } }, false],
    [{ n: { $gte: 5, $lt: 6 } }, true],
    [{ n: { $lte: 4 } }, false],
    [{ s: { $in: ['a', 'b'] } }, true],
    [{ s: { $ne: 'b' } }, false],
    [{ missing: null }, true],
    [{ flag: true, n: 5 }, true],
    [{ n: { $gt: '4' } }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matches(doc, filter)).toBe(expected);
  });

  it('applies set and inc on dotted paths without touching the original', () => {
    const next = applyPatch(doc, { set: { 'nested.label': 'x', s: 'c' }, inc: { 'nested.seats': -1, fresh: 2 } });
    expect(next).toEqual({ _id: 'a', n: 5, s: 'c', flag: true, nested: { seats: 1, label: 'x' }, fresh: 2 });
    expect(doc.nested.seats).toBe(2);
  });
});

describe('null in filters means missing or null, as in the stores', () => {
  it.each([
    [{ gone: { $ne: null } }, false],
    [{ n: { $ne: null } }, true],
  ])('%j → %s', (filter, expected) => {
    expect(matches({ _id: 'a', n: 1 }, filter)).toBe(expected);
  });
});
