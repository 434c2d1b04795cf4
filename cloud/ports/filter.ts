import type { Condition, Filter, Patch, Scalar } from './store';

/** Reads a dotted path from a document. */
export function readPath(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isCondition(value: Scalar | Condition): value is Condition {
  return value !== null && typeof value === 'object';
}

function compare(a: unknown, b: number | string): number | null {
  if (typeof a !== typeof b) return null;
  return (a as number | string) < b ? -1 : (a as number | string) > b ? 1 : 0;
}

/** Evaluates a filter against one document, with the same meaning the adapters give it. */
export function matches(doc: unknown, filter: Filter): boolean {
  return Object.entries(filter).every(([path, expected]) => {
    const actual = readPath(doc, path);
    if (!isCondition(expected)) return actual === expected || (expected === null && actual === undefined);
    const c = expected;
    const checks: boolean[] = [];
    if (c.$gt !== undefined) checks.push((compare(actual, c.$gt) ?? -1) > 0);
    if (c.$gte !== undefined) checks.push((compare(actual, c.$gte) ?? -1) >= 0);
    if (c.$lt !== undefined) checks.push((compare(actual, c.$lt) ?? 1) < 0);
    if (c.$lte !== undefined) checks.push((compare(actual, c.$lte) ?? 1) <= 0);
    // A missing field is null for $ne, as in the SQL and CloudBase queries.
    if (c.$ne !== undefined) checks.push(c.$ne === null ? actual !== null && actual !== undefined : actual !== c.$ne);
    if (c.$in !== undefined) checks.push(c.$in.includes(actual as Scalar));
    return checks.every(Boolean);
  });
}

/** Applies a patch to a copy of the document (dotted paths create objects as needed). */
export function applyPatch<T>(doc: T, patch: Patch): T {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const write = (path: string, fn: (old: unknown) => unknown) => {
    const keys = path.split('.');
    let target = copy;
    for (const key of keys.slice(0, -1)) {
      if (target[key] === null || typeof target[key] !== 'object') target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    target[last] = fn(target[last]);
  };
  for (const [path, value] of Object.entries(patch.set ?? {})) write(path, () => value);
  for (const [path, by] of Object.entries(patch.inc ?? {}))
    write(path, (old) => (typeof old === 'number' ? old : 0) + by);
  return copy as T;
}
