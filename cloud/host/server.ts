import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { extname, join, normalize } from 'node:path';
import type { Envelope } from '@domain/common/errors';
import { REPORT_LIMITS } from '@domain/reports/limits';
import type { LocalRuntime } from '../adapters/local/runtime';
import type { CloudFunction } from '../core/router';
import { UPLOAD_PATH } from '../core/uploads';
import { devOpenid, issueToken, verifyToken, type DevRole } from './dev-signin';
import { readBody } from './http-body';
import { HTTP_STATUS } from './http-status';

export interface HostOptions {
  runtime: LocalRuntime;
  functions: Record<string, CloudFunction>;
  /** The built H5 app; omitted in API-only tests. */
  staticDir?: string;
  dataDir: string;
}

const MAX_BODY = 1024 * 1024;
/**
 * An idle keep-alive connection is closed by the host only after this long (ms):
 * past every client's own idle pool (Chromium 5 min, Firefox 115 s, undici's
 * fetch the advertised hint minus 2 s), so the client is the side that closes.
 * When the host closes first it races the client reusing the socket, and the
 * request written into the closing socket is reset (ECONNRESET).
 */
export const IDLE_CLOSE_MS = 10 * 60_000;
/**
 * The idle time the host advertises (`Keep-Alive: timeout=`, seconds). Node would
 * advertise IDLE_CLOSE_MS itself, leaving undici 2 s of margin; but a client starts
 * its idle clock when it reads an answer, and with a test's client in the host's own
 * process on a busy 2-core machine that was measured up to 88 s after the host wrote
 * it. The margin is IDLE_CLOSE_MS minus this hint.
 */
export const KEEP_ALIVE_HINT_S = 5;
/** A new connection's first request head must arrive within this (ms); idle keep-alive time is not counted. */
const HEADERS_WAIT_MS = 70_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The local stand-in for CloudBase: each cloud function behind `POST /api/<name>`,
 * the caller's identity from the dev sign-in token, the H5 app and stored files.
 */
export function createHost(options: HostOptions): Server {
  const { runtime, functions } = options;
  /** Who wrote each pending upload: the local form of the storage rule `resource.openid == auth.openid`. */
  const uploaders = new Map<string, string>();
  const server = createServer((req, res) => {
    // Our own header replaces the one Node derives from keepAliveTimeout.
    res.setHeader('keep-alive', `timeout=${KEEP_ALIVE_HINT_S}`);
    route(req, res).catch((error) => {
      console.error('[host]', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: '服务暂时不可用，请稍后再试' } });
      else res.end();
    });
  });
  server.keepAliveTimeout = IDLE_CLOSE_MS;
  server.headersTimeout = HEADERS_WAIT_MS;
  server.on('clientError', answerClientError);
  return server;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = parseUrl(req.url);
    if (!url) return fail(res, 'invalid_input', '请求地址格式不正确');
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    if (api) return callFunction(req, res, api[1]);
    if (url.pathname === '/dev/signin' && req.method === 'POST') return signIn(req, res);
    if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
    if (url.pathname.startsWith('/files/') && req.method === 'PUT') return upload(req, res, url.pathname.slice(7));
    if (url.pathname.startsWith('/files/')) return sendFile(res, join(options.dataDir, 'files'), url.pathname.slice(7));
    if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendFile(
        res,
        options.staticDir,
        url.pathname === '/' ? 'index.html' : url.pathname.slice(1),
        'index.html',
      );
    }
    sendJson(res, 404, { ok: false, error: { code: 'not_found', message: '页面不存在' } });
  }

  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const fn = Object.prototype.hasOwnProperty.call(functions, name) ? functions[name] : undefined;
    if (req.method !== 'POST') return fail(res, 'invalid_input', '请使用 POST 调用云函数');
    if (!fn) return fail(res, 'not_found', `云函数 ${name} 不存在`);
    const body = await readJson(req);
    if (body === TOO_LARGE) return tooLarge(res);
    if (body === INVALID) return fail(res, 'invalid_input', '请求内容不是有效的 JSON');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const openid = verifyToken(runtime.config.signingSecret, token);
    const envelope = await runtime.identity.runAs(openid, () => fn.handle(body, runtime));
    sendJson(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
  }

  /**
   * H5's stand-in for `Taro.cloud.uploadFile`, with the storage rules' promises:
   * a signed-in caller, only `uploads/<folder>/<slot>.jpg|png` paths, a file once
   * written is its uploader's alone, at most one photo's size.
   */
  async function upload(req: IncomingMessage, res: ServerResponse, relative: string): Promise<void> {
    const openid = verifyToken(
      runtime.config.signingSecret,
      /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1],
    );
    const path = decodePath(relative);
    const body = await readBody(req, REPORT_LIMITS.photoBytes);
    if (body.kind === 'too_large') {
      const kb = Math.round(REPORT_LIMITS.photoBytes / 1024);
      const message = `单张照片不能超过 ${kb} KB，请压缩后重试`;
      return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message } }, { connection: 'close' });
    }
    if (!openid) return fail(res, 'unauthenticated', '请先登录');
    if (path === null || !UPLOAD_PATH.test(path)) return fail(res, 'forbidden', '不能上传到这个位置');
    if ((uploaders.get(path) ?? openid) !== openid) return fail(res, 'forbidden', '不能覆盖他人上传的文件');
    if (body.kind !== 'ok' || body.bytes.length === 0) return fail(res, 'invalid_input', '缺少照片内容');
    uploaders.set(path, openid);
    const type = path.endsWith('.png') ? 'image/png' : 'image/jpeg';
    sendJson(res, 200, { ok: true, data: await runtime.files.put(path, body.bytes, type) });
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    if (body === TOO_LARGE) return tooLarge(res);
    const role = (body as { role?: unknown } | null)?.role;
    const roles: DevRole[] = ['citizen', 'organizer', 'handler', 'admin'];
    if (typeof role !== 'string' || !roles.includes(role as DevRole)) {
      return fail(res, 'invalid_input', '请选择登录身份');
    }
    const openid = devOpenid(role as DevRole);
    sendJson(res, 200, { ok: true, data: { openid, token: issueToken(runtime.config.signingSecret, openid) } });
  }
}

const INVALID = Symbol('invalid');
const TOO_LARGE = Symbol('too-large');

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_BODY);
  if (body.kind === 'too_large') return TOO_LARGE;
  if (body.kind === 'aborted') return INVALID;
  if (body.bytes.length === 0) return {};
  try {
    return JSON.parse(body.bytes.toString('utf8'));
  } catch {
    return INVALID;
  }
}

/** A URL the WHATWG parser refuses (e.g. `GET http://[x`) is the client's fault, not ours: null, answered 400. */
function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/** 413 with the Chinese message; the body was drained, and the connection closes after the answer. */
function tooLarge(res: ServerResponse): void {
  sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: '请求内容过大' } }, { connection: 'close' });
}

/**
 * Requests Node cannot parse (bad request line, oversize headers, a header
 * timeout) get the same structured JSON as every other refusal, then the
 * connection closes; Node's default is a bare `400 Bad Request`.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, '请求头过大']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, '请求超时，请重试']
        : [400, '请求格式不正确'];
  const text = JSON.stringify({ ok: false, error: { code: 'invalid_input', message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: Envelope<unknown> | { ok: true },
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  if (headers.connection === 'close') res.removeHeader('keep-alive');
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function fail(res: ServerResponse, code: keyof typeof HTTP_STATUS, message: string): void {
  sendJson(res, HTTP_STATUS[code], { ok: false, error: { code, message } });
}

async function sendFile(res: ServerResponse, root: string, relative: string, fallback?: string): Promise<void> {
  const decoded = decodePath(relative);
  if (decoded === null) return fail(res, 'invalid_input', '文件地址格式不正确');
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, safe);
  let info = await stat(path).catch(() => null);
  if ((!info || !info.isFile()) && fallback) {
    path = join(root, fallback);
    info = await stat(path).catch(() => null);
  }
  if (!info || !info.isFile()) {
    sendJson(res, 404, { ok: false, error: { code: 'not_found', message: '文件不存在' } });
    return;
  }
  const immutable = /\.[0-9a-f]{8,}\./.test(path);
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  // A file removed between stat and read ends the answer early rather than crashing the host.
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Percent-decoding that answers null for malformed input (`%E0%A4%A`, a lone `%`) or a NUL. */
function decodePath(relative: string): string | null {
  try {
    const decoded = decodeURIComponent(relative);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}
