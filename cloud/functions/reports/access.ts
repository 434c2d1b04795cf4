import { forbidden, notFound } from '@domain/common/errors';
import type { Caller } from '@domain/roles/roles';
import type { HazardReport } from '@domain/reports/types';
import { COLLECTIONS } from '../../core/collections';
import { keyedHash } from '../../core/keys';
import type { Runtime } from '../../core/runtime';

export const isAdmin = (caller: Caller) => caller.roles.includes('admin');

/** The channels a caller handles; null means every channel (admins). */
export function handledChannels(caller: Caller): string[] | null {
  if (isAdmin(caller)) return null;
  return caller.roles.includes('handler') ? (caller.channels ?? []) : [];
}

/** The reporter's stable pseudonym: lets an anonymous reporter follow their report without storing who they are. */
export const ownerKeyOf = (runtime: Runtime, openid: string) =>
  keyedHash(runtime.config.signingSecret, 'reporter', openid);

export async function loadReport(runtime: Runtime, id: string): Promise<HazardReport> {
  const report = await runtime.store.get<HazardReport>(COLLECTIONS.hazardReports, id);
  if (!report) throw notFound('这条举报');
  return report;
}

/**
 * A handler sees only reports of their channels (including those waiting on
 * the 待审核 desk, which they review); admins see every channel. Working on a
 * report still needs it released (see `workableReport`).
 */
export async function loadHandledReport(runtime: Runtime, caller: Caller, id: string): Promise<HazardReport> {
  const report = await loadReport(runtime, id);
  const channels = handledChannels(caller);
  if (channels && !channels.includes(report.channelId)) throw forbidden('这条举报不属于您负责的渠道');
  return report;
}
