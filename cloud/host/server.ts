import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Envelope } from '@domain/common/errors';
import type { LocalRuntime } from '../adapters/local/runtime';
import type { CloudFunction } from '../core/router';
import { devOpenid, issueToken, verifyToken, type DevRole } from './dev-signin';
import { HTTP_STATUS } from './http-status';

export interface HostOptions {
  runtime: LocalRuntime;
  functions: Record<string, CloudFunction>;
  /** The built H5 app; omitted in API-only tests. */
  staticDir?: string;
  dataDir: string;
}

const MAX_BODY = 1024 * 1024;
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
  return createServer((req, res) => {
    route(req, res).catch((error) => {
      console.error('[host]', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: '服务暂时不可用，请稍后再试' } });
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    if (api) return callFunction(req, res, api[1]);
    if (url.pathname === '/dev/signin' && req.method === 'POST') return signIn(req, res);
    if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
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
    if (body === INVALID) return fail(res, 'invalid_input', '请求内容不是有效的 JSON');
    if (body === TOO_LARGE) return fail(res, 'invalid_input', '请求内容过大');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const openid = verifyToken(runtime.config.signingSecret, token);
    const envelope = await runtime.identity.runAs(openid, () => fn.handle(body, runtime));
    sendJson(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
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
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return INVALID;
  }
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown> | { ok: true }): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function fail(res: ServerResponse, code: keyof typeof HTTP_STATUS, message: string): void {
  sendJson(res, HTTP_STATUS[code], { ok: false, error: { code, message } });
}

async function sendFile(res: ServerResponse, root: string, relative: string, fallback?: string): Promise<void> {
  const safe = normalize(decodeURIComponent(relative)).replace(/^(\.\.[/\\])+/, '');
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
  createReadStream(path).pipe(res);
}
