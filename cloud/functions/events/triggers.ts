import type { Runtime } from '../../core/runtime';
import { isTimer } from '../../core/timer';
import { reconcileAll } from '../admin/reconcile';
import { sendDueReminders } from './reminders';

/**
 * The events timer (every 10 minutes) reaches the events function without a
 * user: it sends due session reminders, then recounts seats and counters from
 * their rows (a crash between two steps). The CloudBase entry calls this only
 * for platform sources, never for a client.
 */
export async function runTrigger(event: unknown, runtime: Runtime): Promise<unknown> {
  if (!isTimer(event)) return undefined;
  const reminders = await sendDueReminders(runtime);
  return { ...reminders, reconciled: await reconcileAll(runtime) };
}
