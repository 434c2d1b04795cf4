import { chinaDayRange } from '@domain/common/china-time';
import { outreachInForce, statsRows } from '@domain/activities/stats';
import { statsInput, type StatsInput } from '@domain/activities/schemas';
import type { ActivityStat, StatsTable } from '@domain/activities/types';
import type { Theme } from '@domain/content/types';
import type { Caller } from '@domain/roles/roles';
import { COLLECTIONS } from '../../core/collections';
import { ALL_UNITS, reportingUnit, unitFilter } from '../../core/reporting-unit';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { findAll } from '../../ports/paging';
import type { Filter } from '../../ports/store';
import { quizPersonTimes } from '../quiz/person-times';

const countersOf = (runtime: Runtime, unit: string | null, from: string, to: string) =>
  findAll<ActivityStat>(runtime.store, COLLECTIONS.activityStats, {
    ...unitFilter(unit),
    day: { $gte: from, $lte: to },
  });

/** Registrations of the given sessions in the given statuses; nothing to count without sessions. */
const registrationsOf = (runtime: Runtime, sessionIds: string[], status: Filter[string]) =>
  sessionIds.length
    ? runtime.store.count(COLLECTIONS.registrations, { sessionId: { $in: sessionIds }, status })
    : Promise.resolve(0);

/**
 * Reads counters, never check-ins, so its cost follows days × kinds, not
 * attendance. 咨询日 场次, 报名 and 签到 all count by the session's date (China
 * time), so a row never reads "场次 0 · 报名 1". A 随手拍 report counts for
 * the unit whose handler accepted it (`HazardReport.unit`), by the day it was
 * filed; the sheet says so. An admin without a unit who names none reads every
 * unit's figures (`reportingUnit`).
 */
export async function buildTable(runtime: Runtime, caller: Caller, input: StatsInput): Promise<StatsTable> {
  const unit = reportingUnit(caller, input.unit, '只能查看本单位的统计表');
  const range = chinaDayRange(input.from, input.to);
  const { store } = runtime;
  const [counters, themes, sessions, hazardReports, quiz] = await Promise.all([
    countersOf(runtime, unit, input.from, input.to),
    store.find<Theme>(COLLECTIONS.themes, {}),
    findAll<{ _id: string }>(store, COLLECTIONS.sessions, { ...unitFilter(unit), startAt: range }),
    store.count(COLLECTIONS.hazardReports, { ...unitFilter(unit), createdAt: range }),
    quizPersonTimes(store, unit, input.from, input.to),
  ]);
  const sessionIds = sessions.map((s) => s._id);
  const [signups, attended] = await Promise.all([
    registrationsOf(runtime, sessionIds, { $in: ['confirmed', 'checked_in'] }),
    registrationsOf(runtime, sessionIds, 'checked_in'),
  ]);
  return {
    unit: unit ?? ALL_UNITS,
    from: input.from,
    to: input.to,
    outreach: statsRows(counters, outreachInForce(themes, input.from, input.to)),
    consultation: { sessions: sessionIds.length, signups, attended },
    hazardReports,
    quiz,
  };
}

const stats = action({
  role: 'organizer',
  input: statsInput,
  run: (input, { runtime, caller }) => buildTable(runtime, caller, input),
});

export const statsActions = { stats };
