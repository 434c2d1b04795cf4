import { alreadyPatched, mayBeNoop, toUpdateData, toWhere } from '../../cloud/adapters/cloudbase/translate';
import type { CloudCommand, CloudQueryCommand } from '../../cloud/adapters/cloudbase/types';
import { realCommand, serializeUpdate, serializeWhere } from '../contract/cloudbase-sdk';

/** A `db.command` that answers plain records of what was asked, so results read as data. */
interface Recorded {
  op: string;
  args: unknown[];
}

function recordingCommand() {
  const calls: Recorded[] = [];
  const query = (op: string, args: unknown[]): CloudQueryCommand & Recorded => {
    calls.push({ op, args });
    return { op, args, and: (...more: CloudQueryCommand[]) => query('and', [{ op, args }, ...more]) };
  };
  const update = (op: string, args: unknown[]): Recorded => {
    calls.push({ op, args });
    return { op, args };
  };
  const command: CloudCommand = {
    eq: (v) => query('eq', [v]),
    neq: (v) => query('neq', [v]),
    gt: (v) => query('gt', [v]),
    gte: (v) => query('gte', [v]),
    lt: (v) => query('lt', [v]),
    lte: (v) => query('lte', [v]),
    in: (v) => query('in', [v]),
    set: (v) => update('set', [v]),
    inc: (v) => update('inc', [v]),
    remove: () => update('remove', []),
  };
  return { command, calls };
}

/** Strips the `and` functions so expectations compare plain data. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('filter → where', () => {
  it('keeps scalars as equality on their (dotted) paths and calls no command', () => {
    const { command, calls } = recordingCommand();
    expect(toWhere(command, { status: 'open', 'stats.seats': 3, flag: false })).toEqual({
      status: 'open',
      'stats.seats': 3,
      flag: false,
    });
    expect(calls).toEqual([]);
  });

  it.each([
    ['$gt', { n: { $gt: 1 } }, { op: 'gt', args: [1] }],
    ['$gte', { n: { $gte: 'b' } }, { op: 'gte', args: ['b'] }],
    ['$lt', { n: { $lt: 5 } }, { op: 'lt', args: [5] }],
    ['$lte', { n: { $lte: 5 } }, { op: 'lte', args: [5] }],
    ['$ne', { n: { $ne: 'x' } }, { op: 'neq', args: ['x'] }],
    ['$ne null', { n: { $ne: null } }, { op: 'neq', args: [null] }],
    ['$in', { n: { $in: ['a', null] } }, { op: 'in', args: [['a', null]] }],
    ['null', { n: null }, { op: 'eq', args: [null] }],
  ])('%s becomes one command', (_name, filter, expected) => {
    const { command, calls } = recordingCommand();
    expect(plain(toWhere(command, filter))).toEqual({ n: expected });
    expect(calls).toEqual([expected]);
  });

  it('combines several conditions on one field with and, in a fixed order', () => {
    const { command } = recordingCommand();
    expect(plain(toWhere(command, { n: { $lte: 9, $gt: 1, $ne: 4 } }))).toEqual({
      n: {
        op: 'and',
        args: [
          {
            op: 'and',
            args: [
              { op: 'gt', args: [1] },
              { op: 'lte', args: [9] },
            ],
          },
          { op: 'neq', args: [4] },
        ],
      },
    });
  });

  it('leaves out a field whose condition is empty', () => {
    const { command, calls } = recordingCommand();
    expect(toWhere(command, { n: {}, s: 'x' })).toEqual({ s: 'x' });
    expect(calls).toEqual([]);
  });

  it('sends the server the MongoDB query the filter means', () => {
    const where = toWhere(realCommand, {
      status: 'open',
      'stats.seats': { $gt: 0, $lte: 10 },
      kind: { $in: ['a', 'b'] },
      owner: { $ne: 'x' },
      closedAt: null,
    });
    expect(serializeWhere(where)).toEqual({
      status: 'open',
      kind: { $in: ['a', 'b'] },
      owner: { $ne: 'x' },
      closedAt: { $eq: null },
      $and: [{ 'stats.seats': { $gt: 0 } }, { 'stats.seats': { $lte: 10 } }],
    });
  });
});

describe('patch → update data', () => {
  it('passes scalars, wraps objects and arrays in set, removes undefined, and turns inc into inc', () => {
    const { command } = recordingCommand();
    const data = toUpdateData(command, {
      set: { title: 't', 'stats.label': 'b', nothing: null, meta: { a: 1 }, tags: ['x'], gone: undefined },
      inc: { n: -1, 'stats.seats': 2 },
    });
    expect(plain(data)).toEqual({
      title: 't',
      'stats.label': 'b',
      nothing: null,
      meta: { op: 'set', args: [{ a: 1 }] },
      tags: { op: 'set', args: [['x']] },
      gone: { op: 'remove', args: [] },
      n: { op: 'inc', args: [-1] },
      'stats.seats': { op: 'inc', args: [2] },
    });
  });

  it('refuses to set and increment the same path', () => {
    const { command } = recordingCommand();
    expect(() => toUpdateData(command, { set: { n: 1 }, inc: { n: 1 } })).toThrow('"n"');
  });

  it('sends the server a $set that replaces objects rather than merging them', () => {
    const data = toUpdateData(realCommand, { set: { meta: { a: 1 }, 'stats.label': 'b' }, inc: { n: -1 } });
    expect(serializeUpdate(data)).toEqual({ $set: { meta: { a: 1 }, 'stats.label': 'b' }, $inc: { n: -1 } });
  });
});

describe('telling "matched but unchanged" from "did not match"', () => {
  it('only patches without a non-zero increment can be no-ops', () => {
    expect(mayBeNoop({ set: { a: 1 } })).toBe(true);
    expect(mayBeNoop({})).toBe(true);
    expect(mayBeNoop({ inc: { a: 0 } })).toBe(true);
    expect(mayBeNoop({ set: { a: 1 }, inc: { b: 1 } })).toBe(false);
  });

  it('adds "already equal" conditions for the set values to the guard', () => {
    const { command } = recordingCommand();
    const where = toWhere(command, { s: 'open' });
    expect(
      plain(alreadyPatched(command, { ...where, _id: 'x' }, { set: { s: 'open', meta: { a: 1 }, gone: undefined } })),
    ).toEqual({
      _id: 'x',
      s: {
        op: 'and',
        args: [
          { op: 'eq', args: ['open'] },
          { op: 'eq', args: ['open'] },
        ],
      },
      meta: { op: 'eq', args: [{ a: 1 }] },
      gone: { op: 'eq', args: [null] },
    });
  });
});
