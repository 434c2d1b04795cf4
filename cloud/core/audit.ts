import { COLLECTIONS } from './collections';
import type { ActionContext } from './router';

export interface AuditEntry {
  _id: string;
  at: number;
  actor: string;
  action: string;
  target: string;
  detail?: Record<string, unknown>;
}

/** Appends who did what to what; ids sort by time so the log reads in order. */
export async function audit(
  ctx: ActionContext,
  action: string,
  target: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  const at = ctx.runtime.clock.now();
  const entry: AuditEntry = {
    _id: `${at.toString(36).padStart(9, '0')}-${Math.random().toString(36).slice(2, 10)}`,
    at,
    actor: ctx.caller.openid,
    action,
    target,
    detail,
  };
  await ctx.runtime.store.insert(COLLECTIONS.auditLogs, entry);
}
