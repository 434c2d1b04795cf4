import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DEV_USERS } from '../adapters/local/runtime';

/**
 * Local-only sign-in: on WeChat the platform tells a function who is calling;
 * here a signed token stands in for that, one per browser. It lives in the
 * local host only; the CloudBase bundles never contain it.
 */
export type DevRole = 'citizen' | keyof typeof DEV_USERS;

export function devOpenid(role: DevRole): string {
  return role === 'citizen' ? `dev-citizen-${randomBytes(6).toString('hex')}` : DEV_USERS[role];
}

const mac = (secret: string, openid: string) =>
  createHmac('sha256', secret).update(`dev:${openid}`).digest('base64url');

export function issueToken(secret: string, openid: string): string {
  return `${Buffer.from(openid).toString('base64url')}.${mac(secret, openid)}`;
}

/** The openid a token was issued for, or null for a missing or forged token. */
export function verifyToken(secret: string, token: string | undefined): string | null {
  if (!token) return null;
  const [encoded, signature] = token.split('.');
  if (!encoded || !signature) return null;
  const openid = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(mac(secret, openid));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? openid : null;
}
