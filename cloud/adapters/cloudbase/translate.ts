import type { Condition, Filter, Patch, Scalar } from '../../ports/store';
import type { CloudCommand, CloudData, CloudQueryCommand } from './types';

/**
 * Pure translation of the store port's filters and patches into CloudBase
 * `where` objects and `update` data. `_` is `db.command`, passed in so the
 * translation can be tested without wx-server-sdk.
 */

const isCondition = (value: Scalar | Condition): value is Condition => value !== null && typeof value === 'object';

const isCommand = (value: unknown): value is CloudQueryCommand =>
  value !== null && typeof value === 'object' && typeof (value as CloudQueryCommand).and === 'function';

function conditionCommands(_: CloudCommand, c: Condition): CloudQueryCommand[] {
  const commands: CloudQueryCommand[] = [];
  if (c.$gt !== undefined) commands.push(_.gt(c.$gt));
  if (c.$gte !== undefined) commands.push(_.gte(c.$gte));
  if (c.$lt !== undefined) commands.push(_.lt(c.$lt));
  if (c.$lte !== undefined) commands.push(_.lte(c.$lte));
  if (c.$ne !== undefined) commands.push(_.neq(c.$ne));
  if (c.$in !== undefined) commands.push(_.in(c.$in));
  return commands;
}

/** Adds a command on `path`, and-ing it with whatever condition the path already has. */
function constrain(_: CloudCommand, where: CloudData, path: string, command: CloudQueryCommand): void {
  const existing = where[path];
  if (existing === undefined) where[path] = command;
  else where[path] = (isCommand(existing) ? existing : _.eq(existing)).and(command);
}

export function toWhere(_: CloudCommand, filter: Filter): CloudData {
  const where: CloudData = {};
  for (const [path, expected] of Object.entries(filter)) {
    // A bare null in `where` is not an equality test on every SDK path; `_.eq(null)` is, and matches missing fields too.
    if (expected === null) where[path] = _.eq(null);
    else if (!isCondition(expected)) where[path] = expected;
    else for (const command of conditionCommands(_, expected)) constrain(_, where, path, command);
  }
  return where;
}

function setValue(_: CloudCommand, value: unknown): unknown {
  if (value === undefined) return _.remove();
  // `update` merges a plain object into the stored one field by field; the port replaces it, as `_.set` does.
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return _.set(value);
  return value;
}

export function toUpdateData(_: CloudCommand, patch: Patch): CloudData {
  const data: CloudData = {};
  for (const [path, value] of Object.entries(patch.set ?? {})) data[path] = setValue(_, value);
  for (const [path, by] of Object.entries(patch.inc ?? {})) {
    // MongoDB refuses two operators on one path; the local store would apply both, so refuse it here too.
    if (path in data) throw new Error(`A patch cannot both set and increment "${path}"`);
    data[path] = _.inc(by);
  }
  return data;
}

/** True when applying the patch can leave a document exactly as it was (so "0 updated" may still mean "matched"). */
export function mayBeNoop(patch: Patch): boolean {
  return Object.values(patch.inc ?? {}).every((by) => by === 0);
}

/**
 * A condition that holds when the document already has every value the patch
 * sets and every increment is zero: together with the guard it tells "matched
 * but nothing to change" apart from "did not match".
 */
export function alreadyPatched(_: CloudCommand, where: CloudData, patch: Patch): CloudData {
  const combined: CloudData = { ...where };
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    constrain(_, combined, path, _.eq(value === undefined ? null : value));
  }
  return combined;
}
