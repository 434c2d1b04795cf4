import type { IncomingMessage } from 'node:http';

/** What reading a request body gave: its bytes, or that it was larger than allowed. */
export type Body = { kind: 'ok'; bytes: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

/**
 * Past this much an oversize body is no longer drained: the answer is sent and
 * the connection closed. Below it the rest is read and dropped, so the client
 * finishes sending and reads the 413 instead of meeting a reset (a socket closed
 * with unread bytes answers RST on Linux).
 */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads a request body of at most `max` bytes. An announced or actual oversize
 * body is drained (up to DRAIN_LIMIT) and answered `too_large`; nothing is
 * kept in memory past `max`. Never rejects.
 */
export function readBody(req: IncomingMessage, max: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (body: Body) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    const announced = Number(req.headers['content-length']);
    if (Number.isFinite(announced) && announced > DRAIN_LIMIT) {
      // Not worth reading: answer now; the caller closes the connection after the answer.
      req.resume();
      settle({ kind: 'too_large' });
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) settle({ kind: 'too_large' });
    });
    req.on('end', () => settle(size > max ? { kind: 'too_large' } : { kind: 'ok', bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle(size > max ? { kind: 'too_large' } : { kind: 'aborted' }));
  });
}
