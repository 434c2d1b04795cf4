import { empty } from '@domain/common/validation';
import type { Reconciliation } from '@domain/common/reconciliation';
import { audit } from '../../core/audit';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { reconcileStats } from '../checkins/reconcile';
import { reconcileSeats } from '../events/reconcile';

/**
 * Recounts every hot counter from the rows it counts: seats, waitlists and
 * check-ins of recent sessions, and the 七进 statistics. The events timer runs
 * it every 10 minutes; an admin can run it at once. Answers what it fixed.
 */
export async function reconcileAll(runtime: Runtime): Promise<Reconciliation> {
  const now = runtime.clock.now();
  const seats = await reconcileSeats(runtime, now);
  const stats = await reconcileStats(runtime, now);
  return {
    checked: { sessions: seats.sessions, counters: stats.counters },
    fixes: [...seats.fixes, ...stats.fixes],
    busy: seats.busy + stats.busy,
    promoted: seats.promoted,
    oversold: seats.oversold,
  };
}

export const reconcileActions = {
  reconcile: action({
    role: 'admin',
    input: empty,
    async run(_input, ctx) {
      const result = await reconcileAll(ctx.runtime);
      await audit(ctx, 'admin.reconcile', 'counters', {
        fixes: result.fixes.length,
        promoted: result.promoted,
        oversold: result.oversold.length,
      });
      return result;
    },
  }),
};
