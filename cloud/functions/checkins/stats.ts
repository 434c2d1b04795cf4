import { forbidden } from '@domain/common/errors';
import { dayRange } from '@domain/activities/days';
import { outreachInForce, statsRows } from '@domain/activities/stats';
import { statsInput, type StatsInput } from '@domain/activities/schemas';
import type { ActivityStat, StatsTable } from '@domain/activities/types';
import type { Caller } from '@domain/roles/roles';
import type { Theme } from '@domain/content/types';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { findAll } from '../../ports/paging';
import { unitOf } from './access';

/** Organizers report for their own unit; admins for any unit they name. */
function reportingUnit(caller: Caller, asked?: string): string {
  if (caller.roles.includes('admin')) return asked ?? unitOf(caller);
  const own = unitOf(caller);
  if (asked && asked !== own) throw forbidden('只能查看本单位的统计表');
  return own;
}

const countersOf = (runtime: Runtime, unit: string, from: string, to: string) =>
  findAll<ActivityStat>(runtime.store, COLLECTIONS.activityStats, { unit, day: { $gte: from, $lte: to } });

/**
 * Reads counters, never check-ins, so its cost follows days × kinds, not
 * attendance. The 咨询日 and 随手拍 figures are counts over small collections.
 */
export async function buildTable(runtime: Runtime, caller: Caller, input: StatsInput): Promise<StatsTable> {
  const unit = reportingUnit(caller, input.unit);
  const range = dayRange(input.from, input.to);
  const { store } = runtime;
  const [counters, themes, sessions, signups, attended, hazardReports] = await Promise.all([
    countersOf(runtime, unit, input.from, input.to),
    store.find<Theme>(COLLECTIONS.themes, {}),
    store.count(COLLECTIONS.sessions, { unit, startAt: range }),
    store.count(COLLECTIONS.registrations, { unit, createdAt: range, status: { $in: ['confirmed', 'checked_in'] } }),
    store.count(COLLECTIONS.registrations, { unit, createdAt: range, status: 'checked_in' }),
    store.count(COLLECTIONS.hazardReports, { createdAt: range }),
  ]);
  return {
    unit,
    from: input.from,
    to: input.to,
    outreach: statsRows(counters, outreachInForce(themes, input.from, input.to)),
    consultation: { sessions, signups, attended },
    hazardReports,
  };
}

const stats = action({
  role: 'organizer',
  input: statsInput,
  run: (input, { runtime, caller }) => buildTable(runtime, caller, input),
});

export const statsActions = { stats };
