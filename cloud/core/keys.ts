import { createHmac } from 'node:crypto';

/**
 * A keyed hash of `value` for one purpose: stable pseudonyms (a reporter's key
 * for anonymous reports) and per-channel webhook secrets, all derived from the
 * environment's signing secret so nothing extra has to be stored.
 */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex');
}
