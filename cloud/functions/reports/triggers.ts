import type { MediaVerdictInput } from '@domain/reports/schemas';
import type { Runtime } from '../../core/runtime';
import { isTimer } from '../../core/timer';
import { applyMediaVerdict } from './moderation';
import { runDueDeliveries } from './outbox';

const SUGGESTIONS = ['pass', 'review', 'risky'] as const;

/**
 * The `wxa_media_check` push (mediaCheckAsync v2) as a verdict, or null for any
 * other event: `{MsgType: 'event', Event: 'wxa_media_check', trace_id, result: {suggest}}`.
 */
export function mediaPushVerdict(event: unknown): MediaVerdictInput | null {
  if (event === null || typeof event !== 'object') return null;
  const e = event as { Event?: unknown; trace_id?: unknown; result?: { suggest?: unknown } };
  const suggest = SUGGESTIONS.find((s) => s === e.result?.suggest);
  if (e.Event !== 'wxa_media_check' || typeof e.trace_id !== 'string' || !suggest) return null;
  return { traceId: e.trace_id, suggest };
}

/**
 * Platform events that reach the reports function without a user: the photo
 * verdict push and the outbox timer. Answers undefined for anything else. The
 * CloudBase entry must call this only for platform sources (never `wx_client`),
 * because a client can send any payload it likes.
 */
export async function runTrigger(event: unknown, runtime: Runtime): Promise<unknown> {
  const verdict = mediaPushVerdict(event);
  if (verdict) return applyMediaVerdict(runtime, verdict);
  if (isTimer(event)) return runDueDeliveries(runtime, runtime.clock.now());
  return undefined;
}
