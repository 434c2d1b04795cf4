import { performance } from 'node:perf_hooks';
import type { MyRegistration } from '@domain/events/types';
import type { TestHost } from './local-host';
import { signUpPayload } from './events';

/**
 * `count` distinct citizens sign up for one session all at once over HTTP.
 * Answers each one's outcome (status or refusal message) and latency in ms.
 */
export async function signUpBurst(t: TestHost, sessionId: string, count: number) {
  // Signing in is setup, not the burst: 50 at a time.
  const tokens: string[] = [];
  while (tokens.length < count) {
    const batch = Math.min(50, count - tokens.length);
    tokens.push(...(await Promise.all(Array.from({ length: batch }, () => t.signIn('citizen')))));
  }
  const latencies: number[] = [];
  const started = performance.now();
  const statuses = await Promise.all(
    tokens.map(async (token, i) => {
      const t0 = performance.now();
      const payload = signUpPayload(sessionId, { phone: `139${String(i).padStart(8, '0')}` });
      const { body } = await t.call<MyRegistration>('events', { action: 'signUp', payload }, token);
      latencies.push(performance.now() - t0);
      return body.ok ? body.data.status : body.error.message;
    }),
  );
  return { statuses, latencies, seconds: (performance.now() - started) / 1000 };
}
