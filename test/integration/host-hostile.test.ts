/**
 * The local host answers every request, however malformed, oversize or crowded,
 * with a structured JSON envelope and a sensible status: never a reset, never 500.
 */
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { IDLE_CLOSE_MS, KEEP_ALIVE_HINT_S } from '../../cloud/host/server';
import { startTestHost, type TestHost } from '../support/local-host';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; error?: { code: string; message: string } };
}

/** Writes raw bytes to the host and parses the one HTTP answer; rejects on a reset. */
function raw(t: TestHost, bytes: string): Promise<Answer> {
  const { port } = new URL(t.host.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      const json = Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8');
      try {
        resolve({ status, headers: {}, body: JSON.parse(json) });
      } catch {
        reject(new Error(`not JSON: ${JSON.stringify(text.slice(0, 300))}`));
      }
    });
  });
}

/** One request over node:http with the given agent; rejects on a reset. */
function send(
  t: TestHost,
  path: string,
  body: Buffer | null,
  agent: Agent,
  { method = 'POST', token }: { method?: string; token?: string } = {},
): Promise<Answer> {
  const { port } = new URL(t.host.url);
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          });
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

const expectStructured = (a: Answer, status: number) => {
  expect(a.status).toBe(status);
  expect(a.body.ok).toBe(false);
  expect(a.body.error?.message).toMatch(/[\u4e00-\u9fa5]/);
};

describe('the local host under hostile and crowded requests', () => {
  let t: TestHost;
  let token: string;
  beforeAll(async () => {
    t = await startTestHost();
    token = await t.signIn('citizen');
  });
  afterAll(() => t.stop());

  it('every malformed request gets a structured answer', async () => {
    const agent = new Agent({ keepAlive: true });
    for (const path of ['/files/%E0%A4%A', '/files/%', '/files/a%00b.png', '/files/%C0%AF..%C0%AFetc', '/%E0%A4%A']) {
      const answer = await send(t, path, null, agent, { method: 'GET' });
      expect([400, 404]).toContain(answer.status);
      expectStructured(answer, answer.status);
    }
    expectStructured(await send(t, '/files/%E0%A4%A', null, agent, { method: 'GET' }), 400);
    expectStructured(await send(t, '/api/content', Buffer.from('{"action":'), agent), 400);
    expectStructured(await send(t, '/api/content', Buffer.from([0xff, 0xfe, 0x00]), agent), 400);
    expectStructured(await send(t, '/dev/signin', Buffer.from('not json'), agent), 400);
    agent.destroy();

    expectStructured(await raw(t, 'GET http://[bad HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 400);
    expectStructured(await raw(t, 'NOT A REQUEST\r\n\r\n'), 400);
    expectStructured(await raw(t, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'), 400);
    expectStructured(await raw(t, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`), 431);
  });

  it('every oversize request gets 413 请求内容过大, never a reset, 32 at once', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    const sizes = Array.from({ length: 32 }, (_, i) => 1_500_000 + i * 16_000);
    const answers = await Promise.all(
      sizes.map((size, i) =>
        send(t, i % 2 ? '/api/reports' : '/dev/signin', Buffer.alloc(size, 0x20), agent).catch((e: Error) => e),
      ),
    );
    for (const answer of answers) {
      if (answer instanceof Error) throw answer;
      expectStructured(answer, 413);
      expect(answer.body.error?.message).toBe('请求内容过大');
      expect(answer.headers.connection).toBe('close');
    }
    // The host is still well after the flood.
    expect((await send(t, '/api/content', Buffer.from('{"action":"home"}'), agent, { token })).status).toBe(200);
    agent.destroy();
  }, 60_000);

  it('tells clients to drop idle connections long before it does, so a reused connection is never reset', async () => {
    const res = await fetch(`${t.host.url}/healthz`);
    const hint = Number(/^timeout=(\d+)$/.exec(res.headers.get('keep-alive') ?? '')?.[1]);
    expect(hint).toBe(KEEP_ALIVE_HINT_S);
    // undici (fetch) keeps an idle socket for the hint minus 2 s, counted from when it reads the answer; under
    // load that was measured up to 88 s after the host wrote it, so the host waits minutes longer, not seconds.
    expect(t.host.server.keepAliveTimeout).toBe(IDLE_CLOSE_MS);
    expect(IDLE_CLOSE_MS - hint * 1000).toBeGreaterThanOrEqual(5 * 60_000);
    // Clients that ignore the hint: Chromium keeps a used idle socket 5 min, Firefox 115 s.
    expect(IDLE_CLOSE_MS).toBeGreaterThan(5 * 60_000);
    // Closing answers do not advertise keep-alive.
    const tooLarge = await fetch(`${t.host.url}/dev/signin`, { method: 'POST', body: Buffer.alloc(1_100_000, 0x20) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('keep-alive')).toBeNull();
  });

  it('holds a 1,000-connection burst, then the same clients again on reused connections', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
    const wave = () =>
      Promise.all(
        Array.from({ length: 1000 }, () =>
          send(t, '/api/content', Buffer.from('{"action":"home"}'), agent, { token }).then(
            (a) => a.status,
            (e: Error) => e.message,
          ),
        ),
      );
    const first = await wave();
    expect(first.filter((s) => s !== 200)).toEqual([]);
    // Idle past the advertised hint (5 s), as a client that ignores it would be: the host still holds them.
    await new Promise((r) => setTimeout(r, 5_500));
    const second = await wave();
    expect(second.filter((s) => s !== 200)).toEqual([]);
    agent.destroy();
  }, 120_000);
});
