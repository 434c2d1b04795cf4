/**
 * Thousands of random and hostile payloads to every action of every cloud
 * function over HTTP: the answer is always a structured error or a success,
 * never a crash, and a call refused for its input or its caller writes nothing.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { FUNCTIONS } from '../../cloud/functions/registry';
import { startTestHost, type TestHost } from '../support/local-host';

const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 400);
const CODES = [
  'invalid_input',
  'unknown_action',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'emergency',
];
/** Refusals that happen before an action writes (input, caller, or "call 119 now"); they must never write. */
const PRE_ACTION = new Set(['invalid_input', 'unknown_action', 'unauthenticated', 'forbidden', 'emergency']);

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "'; DROP TABLE c_articles; --",
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '\u0000\u202e',
    '１３８００１３８０００',
    'x'.repeat(100_000),
    // Issue 12 §4: invisible-only and control text, phones the old report rule took.
    '\u200b',
    '\u0000',
    '\ud800',
    '张\udc00三',
    '\u202e\u2066张三',
    '12345678901',
    '10012345678',
    '11111111111',
  ),
);
/** Times no date calculation can take (issue 12 §4: `endAt: 1e308`, `startAt: 9e15`). */
const hostileNumber = fc.constantFrom(1e308, -1e308, 9e15, -9e15, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -1, 0.5);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('every action under random and hostile input', () => {
  let t: TestHost;
  let watcher: Database.Database;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestHost();
    for (const role of ['citizen', 'organizer', 'handler', 'admin'] as const) tokens[role] = await t.signIn(role);
    // A second connection sees data_version change whenever the host commits a write.
    watcher = new Database(join(t.dataDir, 'store.sqlite'), { readonly: true });
  });
  afterAll(async () => {
    watcher.close();
    await t.stop();
  });

  const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;

  async function expectStructured(fn: string, request: unknown, token?: string) {
    const before = dataVersion();
    const { status, body } = await t.call(fn, typeof request === 'string' ? request : JSON.stringify(request), token);
    if (body.ok) return;
    const context = `${fn} ${JSON.stringify(request).slice(0, 300)} → ${status} ${JSON.stringify(body)}`;
    if (!CODES.includes(body.error.code)) throw new Error(`unstructured answer: ${context}`);
    expect(typeof body.error.message).toBe('string');
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    if (PRE_ACTION.has(body.error.code) && dataVersion() !== before)
      throw new Error(`a refused call wrote: ${context}`);
  }

  const actions = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => [fn.name, a] as const));

  it.each(actions)('%s.%s answers every hostile payload with a structured error or a success', async (fn, action) => {
    await fc.assert(
      fc.asyncProperty(
        hostileValue,
        fc.constantFrom('admin', 'citizen', 'organizer', 'handler'),
        async (payload, role) => {
          await expectStructured(fn, { action, payload }, tokens[role]);
        },
      ),
      { numRuns: RUNS_PER_ACTION },
    );
  });

  // Issue 12 §4: 23 actions took `payload: []`; a payload that is not a plain object is refused by the router.
  it.each(actions)('%s.%s refuses a payload that is not a plain object', async (fn, action) => {
    for (const payload of [[], [{}], null, '', 'x', 0, 1, true, false]) {
      for (const role of ['admin', 'citizen', 'organizer', 'handler'] as const) {
        const before = dataVersion();
        const { status, body } = await t.call(fn, { action, payload }, tokens[role]);
        const context = `${fn}.${action} ${JSON.stringify(payload)} as ${role} → ${status} ${JSON.stringify(body)}`;
        if (body.ok || !['invalid_input', 'forbidden', 'unauthenticated'].includes(body.error.code))
          throw new Error(`accepted: ${context}`);
        expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
        if (dataVersion() !== before) throw new Error(`a refused call wrote: ${context}`);
      }
    }
  });

  // Issue 12 §4: each of these answered 500, English or a save.
  it.each([
    ['events', 'save', { sessions: [{ endAt: 1e308 }] }, 'organizer', 'sessions.0.endAt'],
    ['checkins', 'create', { startAt: 9e15 }, 'organizer', 'startAt'],
    ['reports', 'transition', { linkedTrackingNo: 42 }, 'handler', 'linkedTrackingNo'],
    ['events', 'signUp', { name: '\u200b' }, 'citizen', 'name'],
    ['checkins', 'checkIn', { name: '\ud800' }, 'citizen', 'name'],
    ['content', 'updateTheme', { id: '2026', version: 1, title: '\u202e\u2066' }, 'organizer', 'title'],
    ['events', 'undoCheckIn', { eventId: 'e1', registrationId: '../x' }, 'organizer', 'registrationId'],
    ['events', 'undoCheckIn', { eventId: 'e1', registrationId: 'r1', checkedInAt: -1 }, 'organizer', 'checkedInAt'],
    ['reports', 'submit', { contact: { name: '\u0000', phone: '12345678901' } }, 'citizen', 'contact.phone'],
  ] as const)('%s.%s refuses %j in Chinese and writes nothing', async (fn, action, payload, role, field) => {
    const before = dataVersion();
    const { status, body } = await t.call(fn, { action, payload }, tokens[role]);
    expect(status).toBe(400);
    if (body.ok) throw new Error('accepted');
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fieldErrors?.[field]).toMatch(/[\u4e00-\u9fa5]/);
    for (const message of [body.error.message, ...Object.values(body.error.fieldErrors ?? {})]) {
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
      expect(message).not.toMatch(/Invalid|Expected|Received/);
    }
    expect(dataVersion()).toBe(before);
  });

  it.each(Object.keys(FUNCTIONS))('%s answers hostile envelopes and raw bodies without crashing', async (fn) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileValue,
          fc.string().map((s) => `{${s}`),
        ),
        async (request) => {
          await expectStructured(fn, request, tokens.admin);
        },
      ),
      { numRuns: RUNS_PER_ACTION },
    );
  });

  /** Paths: malformed percent-encoding, traversal, NUL, odd unicode; bodies up to twice the 1 MB limit. */
  const hostilePath = fc.oneof(
    fc.constantFrom('%E0%A4%A', '%', '%%', '%C0%AF..%C0%AF', 'a%00b.png', '..%2F..%2Fetc%2Fpasswd', '%F0%9F', '%zz'),
    fc.string(),
    fc
      .array(fc.constantFrom('%', 'E0', 'A4', 'ff', '/', '..', 'a', '%2', '\u6587'), { maxLength: 12 })
      .map((p) => p.join('')),
  );

  it('every hostile path and oversize body to the host gets a structured answer, never a reset or 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/files/', '/files/uploads/', '/api/', '/api/reports', '/dev/signin', '/'),
        hostilePath,
        fc.constantFrom('GET', 'POST', 'PUT'),
        fc.constantFrom(0, 10, 1024 * 1024 + 1, 2 * 1024 * 1024),
        async (prefix, path, method, bodySize) => {
          const url = `${t.host.url}${prefix}${encodeURI(path).replace(/%25/g, '%')}`;
          const body = method !== 'GET' && bodySize ? Buffer.alloc(bodySize, 0x20) : undefined;
          const res = await fetch(url, { method, body, headers: { authorization: `Bearer ${tokens.citizen}` } });
          const type = res.headers.get('content-type') ?? '';
          if (!type.startsWith('application/json')) {
            await res.arrayBuffer();
            expect(res.status).toBe(200);
            return;
          }
          const answer = (await res.json()) as { ok: boolean; error?: { message: string } };
          expect([200, 400, 401, 403, 404, 413]).toContain(res.status);
          if (!answer.ok) expect(answer.error?.message).toMatch(/[\u4e00-\u9fa5]/);
          // An oversize body that was read is refused for its size, never parsed or blamed on its format.
          if (body && bodySize > 1024 * 1024 && res.status === 400) {
            expect(answer.error?.message).not.toBe('请求内容不是有效的 JSON');
          }
        },
      ),
      { numRuns: Math.min(RUNS_PER_ACTION, 300) },
    );
  }, 120_000);
});
