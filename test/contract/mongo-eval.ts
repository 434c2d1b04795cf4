/**
 * Just enough MongoDB semantics to evaluate what the CloudBase SDK sends for the
 * store's queries and updates: `$eq $ne $gt $gte $lt $lte $in $and`, and
 * `$set $inc $unset`, on dotted paths. Comparisons only between values of one
 * type, null matching a missing field, as the server does.
 */
type Doc = Record<string, unknown>;

function read(doc: Doc, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Doc)[key];
  }
  return value;
}

const isOperators = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((k) => k.startsWith('$'));

function equals(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function compare(actual: unknown, bound: unknown): number | null {
  if (typeof actual !== typeof bound || (typeof actual !== 'number' && typeof actual !== 'string')) return null;
  return (actual as number) < (bound as number) ? -1 : (actual as number) > (bound as number) ? 1 : 0;
}

function operator(op: string, actual: unknown, arg: unknown): boolean {
  const c = () => compare(actual, arg);
  switch (op) {
    case '$eq':
      return equals(actual, arg);
    case '$ne':
      return !equals(actual, arg);
    case '$gt':
      return (c() ?? -1) > 0;
    case '$gte':
      return (c() ?? -1) >= 0;
    case '$lt':
      return (c() ?? 1) < 0;
    case '$lte':
      return (c() ?? 1) <= 0;
    case '$in':
      return (arg as unknown[]).some((v) => equals(actual, v));
    default:
      throw new Error(`the stand-in does not know ${op}`);
  }
}

export function matchesQuery(doc: Doc, query: Doc): boolean {
  return Object.entries(query).every(([key, condition]) => {
    if (key === '$and') return (condition as Doc[]).every((q) => matchesQuery(doc, q));
    const actual = read(doc, key);
    if (isOperators(condition)) return Object.entries(condition).every(([op, arg]) => operator(op, actual, arg));
    return equals(actual, condition);
  });
}

function write(doc: Doc, path: string, fn: (old: unknown) => unknown, remove = false): void {
  const keys = path.split('.');
  let target = doc;
  for (const key of keys.slice(0, -1)) {
    if (target[key] === null || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Doc;
  }
  const last = keys[keys.length - 1];
  if (remove) delete target[last];
  else target[last] = fn(target[last]);
}

/** Applies an update to a copy; `modified` is false when nothing changed (MongoDB's nModified). */
export function applyUpdate(
  doc: Doc,
  update: Record<string, Record<string, unknown>>,
): { next: Doc; modified: boolean } {
  const next = structuredClone(doc);
  for (const [op, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries(fields)) {
      if (op === '$set') write(next, path, () => structuredClone(value));
      else if (op === '$inc') write(next, path, (old) => (typeof old === 'number' ? old : 0) + (value as number));
      else if (op === '$unset') write(next, path, () => undefined, true);
      else throw new Error(`the stand-in does not know ${op}`);
    }
  }
  return { next, modified: JSON.stringify(next) !== JSON.stringify(doc) };
}

const RANK = (v: unknown) =>
  v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3;

export function sortDocs(docs: Doc[], order: [string, 'asc' | 'desc'][]): Doc[] {
  return [...docs].sort((a, b) => {
    for (const [field, direction] of order) {
      const x = read(a, field);
      const y = read(b, field);
      const byType = RANK(x) - RANK(y);
      const d = byType !== 0 ? byType : (compare(x, y) ?? 0);
      if (d !== 0) return direction === 'desc' ? -d : d;
    }
    return 0;
  });
}
