import { maskName, maskPhone } from '@domain/common/masking';
import { timelineOf } from '@domain/reports/rules';
import { urgeOpensAt } from '@domain/reports/follow-up';
import { OPEN_STATUSES } from '@domain/reports/status';
import { personLabel, type RoleRecord } from '@domain/roles/roles';
import type { HandlerReport, HazardReport, MyReport, ReportEvent } from '@domain/reports/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';

export async function eventsOf(runtime: Runtime, reportIds: string[]): Promise<ReportEvent[]> {
  if (reportIds.length === 0) return [];
  return runtime.store.find<ReportEvent>(
    COLLECTIONS.reportEvents,
    { reportId: { $in: reportIds } },
    { orderBy: [['at', 'asc']], limit: 1000 },
  );
}

export function toMyReport(report: HazardReport, events: ReportEvent[]): MyReport {
  return {
    _id: report._id,
    trackingNo: report.trackingNo,
    channelId: report.channelId,
    setting: report.setting,
    category: report.category,
    description: report.description,
    place: report.place,
    status: report.status,
    security: report.security,
    rejectReason: report.rejectReason,
    linkedTrackingNo: report.linkedTrackingNo,
    referral: report.referral,
    deadline: report.deadline,
    anonymous: report.anonymous,
    photos: report.photos,
    createdAt: report.createdAt,
    timeline: timelineOf(
      report.createdAt,
      events.filter((e) => e.reportId === report._id),
    ),
    urgeOpensAt: OPEN_STATUSES.includes(report.status) ? urgeOpensAt(report) : null,
    lastUrgedAt: report.lastUrgedAt ?? null,
    rating: report.rating ?? null,
  };
}

/** A handler's view: never the openid or owner key; the contact masked. */
export function toHandlerSummary(report: HazardReport): Omit<HandlerReport, 'events'> {
  const summary: Omit<HandlerReport, 'events'> & Partial<Pick<HazardReport, 'openid' | 'ownerKey'>> = { ...report };
  delete summary.openid;
  delete summary.ownerKey;
  const { contact } = report;
  return contact ? { ...summary, contact: { name: maskName(contact.name), phone: maskPhone(contact.phone) } } : summary;
}

export async function toHandlerReport(runtime: Runtime, report: HazardReport): Promise<HandlerReport> {
  const events = await eventsOf(runtime, [report._id]);
  const actors = [...new Set(events.map((e) => e.actor))].filter((a) => a !== 'reporter' && a !== 'system');
  const records = actors.length
    ? await runtime.store.find<RoleRecord>(COLLECTIONS.roles, { _id: { $in: actors } }, { limit: actors.length })
    : [];
  const byId = new Map(records.map((r) => [r._id, r]));
  return {
    ...toHandlerSummary(report),
    events: events.map((e) => ({ ...e, actorName: personLabel(e.actor, byId.get(e.actor)) })),
  };
}

export function newEvent(
  reportId: string,
  at: number,
  fields: Omit<ReportEvent, '_id' | 'reportId' | 'at'>,
): ReportEvent {
  return { _id: `${reportId}:${at.toString(36)}:${Math.random().toString(36).slice(2, 8)}`, reportId, at, ...fields };
}
