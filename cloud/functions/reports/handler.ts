import { AppError } from '@domain/common/errors';
import { CHANNELS, type Channel } from '@domain/reports/channels';
import {
  queueInput,
  reportIdInput,
  severityInput,
  transitionInput,
  rerouteInput,
  type QueueInput,
  type TransitionInput,
} from '@domain/reports/schemas';
import { deadlineText } from '@domain/reports/rectification';
import { rerouteFieldErrors } from '@domain/reports/reroute';
import { isOverdue, tabFilter } from '@domain/reports/desk';
import { finalReportRefusal, OPEN_STATUSES, REJECT_REASONS, transitionProblem } from '@domain/reports/status';
import type { HazardReport, OutboxRow } from '@domain/reports/types';
import type { Caller } from '@domain/roles/roles';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, type ActionContext } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import type { Filter } from '../../ports/store';
import { handledChannels, loadHandledReport, ownerKeyOf } from './access';
import { discardUploads, takePhotos } from './photos';
import { notifyReporter } from './moderation';
import { newEvent, toHandlerReport, toHandlerSummary } from './views';

/** The store filter for what a caller may see, narrowed by the queue's filters. */
export function scopeFilter(caller: Caller, input: QueueInput, channels = handledChannels(caller)): Filter {
  const allowed = channels ?? CHANNELS.map((c) => c._id);
  if (input.channelId && !allowed.includes(input.channelId)) {
    throw new AppError('forbidden', '您不负责这个渠道');
  }
  const filter: Filter = { channelId: input.channelId ?? { $in: allowed } };
  if (input.tab) Object.assign(filter, tabFilter(input.tab));
  else if (channels) filter.security = 'passed';
  if (input.status) filter.status = input.status;
  if (input.setting) filter.setting = input.setting;
  if (input.from !== undefined || input.to !== undefined) {
    filter.createdAt = {
      ...(input.from !== undefined ? { $gte: input.from } : {}),
      ...(input.to !== undefined ? { $lte: input.to } : {}),
    };
  }
  return filter;
}

/** Admins see reports still under content review, but nobody works on one until it has passed. */
async function workableReport(runtime: Runtime, caller: Caller, id: string): Promise<HazardReport> {
  const report = await loadHandledReport(runtime, caller, id);
  if (report.security !== 'passed') throw new AppError('conflict', '内容审核通过后才能处理这条举报');
  return report;
}

/** The 处理记录 and timeline note: the refusal's reason or the 整改限期 first, then the handler's words. */
function noteOf(input: TransitionInput, reason?: string): string {
  if (reason) return `${reason}：${input.note}`;
  if (input.to === 'rectifying' && input.deadline) return `${deadlineText(input.deadline)}。${input.note}`;
  return input.note;
}

/** A report a handler may change: released, and neither 已办结 nor 不予受理 (conflict, in Chinese). */
async function changeableReport(runtime: Runtime, caller: Caller, id: string): Promise<HazardReport> {
  const report = await workableReport(runtime, caller, id);
  const refusal = finalReportRefusal(report.status);
  if (refusal) throw new AppError('conflict', refusal);
  return report;
}

const queue = action({
  role: 'handler',
  input: queueInput,
  async run(input, { caller, runtime }) {
    const channels = handledChannels(caller);
    const found = await runtime.store.find<HazardReport>(COLLECTIONS.hazardReports, scopeFilter(caller, input), {
      // The review and intake tabs are worked oldest first, as they were filed.
      orderBy: [['createdAt', input.tab === 'review' || input.tab === 'new' ? 'asc' : 'desc']],
      limit: 200,
    });
    const now = runtime.clock.now();
    const reports = input.tab === 'overdue' ? found.filter((r) => isOverdue(r, now)) : found;
    return {
      channels: CHANNELS.filter((c) => !channels || channels.includes(c._id)),
      reports: reports.map(toHandlerSummary),
    };
  },
});

const detail = action({
  role: 'handler',
  input: reportIdInput,
  run: async (input, { caller, runtime }) =>
    toHandlerReport(runtime, await loadHandledReport(runtime, caller, input.id)),
});

const transition = action({
  role: 'handler',
  input: transitionInput,
  async run(input, ctx: ActionContext) {
    const { runtime, caller } = ctx;
    const report = await changeableReport(runtime, caller, input.id);
    const problem = transitionProblem({ from: report.status, ...input, now: runtime.clock.now() });
    if (problem) throw new AppError('invalid_input', problem);
    if (input.to === 'rejected' && input.reasonId === 'duplicate') {
      const [earlier] = await runtime.store.find<HazardReport>(
        COLLECTIONS.hazardReports,
        { trackingNo: input.linkedTrackingNo ?? '' },
        { limit: 1 },
      );
      if (!earlier || earlier._id === report._id)
        throw new AppError('invalid_input', '没有找到此前的这条举报，请核对举报编号');
    }
    // 整改照片: the handler's own uploads for this change, checked and cleaned as a reporter's are.
    const photos = input.photos?.length
      ? await takePhotos(
          runtime,
          ownerKeyOf(runtime, caller.openid),
          report._id,
          { clientKey: input.clientKey ?? '', photos: input.photos },
          `rectification-${input.to}`,
        )
      : [];
    const now = runtime.clock.now();
    const reason = REJECT_REASONS.find((r) => r.id === input.reasonId);
    const set: Partial<HazardReport> = { status: input.to, updatedAt: now };
    // The unit whose handler accepted the report is the one the 统计表 counts it for.
    if (input.to === 'accepted' && caller.unit) set.unit = caller.unit;
    if (!OPEN_STATUSES.includes(input.to)) set.closedAt = now;
    if (input.to === 'rectifying') set.deadline = input.deadline;
    if (input.to === 'rejected' && reason) {
      set.rejectReason = reason.label;
      if (reason.needs === 'linkedTrackingNo') set.linkedTrackingNo = input.linkedTrackingNo;
      if (reason.needs === 'referral') set.referral = input.referral;
    }
    // Guarded on the status read above, so two handlers never both move the same report.
    const moved = await runtime.store.update(COLLECTIONS.hazardReports, report._id, { set }, { status: report.status });
    if (!moved) throw new AppError('conflict', '这条举报刚被其他人处理过，请刷新后再试');
    const event = newEvent(report._id, now, {
      kind: 'status',
      actor: caller.openid,
      from: report.status,
      to: input.to,
      note: noteOf(input, reason?.label),
      ...(photos.length ? { photos } : {}),
    });
    await runtime.store.insert(COLLECTIONS.reportEvents, event);
    if (input.photos?.length) await discardUploads(runtime, input.photos);
    await audit(ctx, 'reports.transition', report._id, { from: report.status, to: input.to });
    await notifyReporter(runtime, report, input.to, input.note);
    return toHandlerReport(runtime, { ...report, ...set });
  },
});

const setSeverity = action({
  role: 'handler',
  input: severityInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    const report = await changeableReport(runtime, caller, input.id);
    const now = runtime.clock.now();
    // Guarded on the status read above, so a report closed in between keeps its level.
    const saved = await runtime.store.update(
      COLLECTIONS.hazardReports,
      report._id,
      { set: { severity: input.severity, updatedAt: now } },
      { status: report.status },
    );
    if (!saved) throw new AppError('conflict', '这条举报刚被其他人处理过，请刷新后再试');
    await runtime.store.insert(
      COLLECTIONS.reportEvents,
      newEvent(report._id, now, {
        kind: 'severity',
        actor: caller.openid,
        from: report.severity,
        to: input.severity,
        note: input.note,
      }),
    );
    await audit(ctx, 'reports.setSeverity', report._id, { from: report.severity ?? null, to: input.severity });
    return toHandlerReport(runtime, { ...report, severity: input.severity, updatedAt: now });
  },
});

/**
 * 转办: the report goes to another channel, back to 待受理 there (its 受理 unit
 * and 整改限期 cleared), guarded on the channel and status read, so it moves
 * once; the other channel gets its own outbound delivery. Audited; the reporter
 * reads it on the timeline. Throws invalid_input (channelId), conflict (final or moved meanwhile).
 */
const reroute = action({
  role: 'handler',
  input: rerouteInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    const report = await changeableReport(runtime, caller, input.id);
    const found = rerouteFieldErrors({ from: report.channelId, to: input.channelId });
    if (found.channelId) throw new AppError('invalid_input', found.channelId, found);
    const now = runtime.clock.now();
    const set: Record<string, unknown> = {
      channelId: input.channelId,
      status: 'submitted',
      unit: null,
      deadline: null,
      updatedAt: now,
    };
    const moved = await runtime.store.update(
      COLLECTIONS.hazardReports,
      report._id,
      { set },
      { channelId: report.channelId, status: report.status },
    );
    if (!moved) throw new AppError('conflict', '这条举报刚被其他人处理过，请刷新后再试');
    // As at filing: only a channel with a webhook gets an outbound delivery.
    const channel = await runtime.store.get<Channel>(COLLECTIONS.channels, input.channelId);
    const row: OutboxRow = {
      _id: `${report._id}:${now.toString(36)}`,
      reportId: report._id,
      channelId: input.channelId,
      state: 'pending',
      attempts: 0,
      nextAt: now,
      updatedAt: now,
    };
    if (channel?.webhook) await runtime.store.insert(COLLECTIONS.reportOutbox, row);
    await runtime.store.insert(
      COLLECTIONS.reportEvents,
      newEvent(report._id, now, {
        kind: 'reroute',
        actor: caller.openid,
        from: report.channelId,
        to: input.channelId,
        note: input.reason,
      }),
    );
    await audit(ctx, 'reports.reroute', report._id, { from: report.channelId, to: input.channelId });
    const kept: HazardReport = { ...report, channelId: input.channelId, status: 'submitted', updatedAt: now };
    delete kept.unit;
    delete kept.deadline;
    return toHandlerReport(runtime, kept);
  },
});

const revealContact = action({
  role: 'handler',
  input: reportIdInput,
  async run(input, ctx) {
    const { runtime, caller } = ctx;
    const report = await workableReport(runtime, caller, input.id);
    if (!report.contact) throw new AppError('invalid_input', '这是匿名举报，没有联系方式');
    const now = runtime.clock.now();
    await runtime.store.insert(
      COLLECTIONS.reportEvents,
      newEvent(report._id, now, { kind: 'reveal', actor: caller.openid, note: '查看举报人联系方式' }),
    );
    await audit(ctx, 'reports.revealContact', report._id);
    return report.contact;
  },
});

export const handlerActions = { queue, detail, transition, setSeverity, reroute, revealContact };
