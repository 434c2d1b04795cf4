import type { Runtime } from '../../core/runtime';
import { isTimer } from '../../core/timer';
import { purgeExpired } from './purge';

/**
 * The retention timer (e.g. hourly) reaches the privacy function without a
 * user. The CloudBase entry calls this only for platform sources, never for a client.
 */
export async function runTrigger(event: unknown, runtime: Runtime): Promise<unknown> {
  return isTimer(event) ? purgeExpired(runtime) : undefined;
}
