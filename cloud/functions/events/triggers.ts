import type { Runtime } from '../../core/runtime';
import { isTimer } from '../../core/timer';
import { sendDueReminders } from './reminders';

/**
 * The reminder timer (e.g. every 10 minutes) reaches the events function without
 * a user. The CloudBase entry calls this only for platform sources, never for a client.
 */
export async function runTrigger(event: unknown, runtime: Runtime): Promise<unknown> {
  return isTimer(event) ? sendDueReminders(runtime) : undefined;
}
