import { AppError, notFound } from '@domain/common/errors';
import { RATING_LABELS, rateRefusal, urgeRefusal } from '@domain/reports/follow-up';
import { rateReportInput, reportIdInput } from '@domain/reports/schemas';
import type { HazardReport, MyReport } from '@domain/reports/types';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { ownerKeyOf } from './access';
import { eventsOf, newEvent, toMyReport } from './views';

/** The caller's own report; someone else's answers like a missing one. */
async function ownReport(runtime: Runtime, openid: string, id: string): Promise<HazardReport> {
  const report = await runtime.store.get<HazardReport>(COLLECTIONS.hazardReports, id);
  if (!report || !report.ownerKey || report.ownerKey !== ownerKeyOf(runtime, openid)) throw notFound('这条举报');
  return report;
}

/**
 * Writes the follow-up and its 处理记录 row together. The guard on updatedAt and
 * status makes a handler's move in between fail loudly rather than be talked over.
 */
async function followUp(
  runtime: Runtime,
  report: HazardReport,
  set: Partial<HazardReport>,
  inc: Record<string, number>,
  event: Parameters<typeof newEvent>[2],
): Promise<MyReport> {
  const now = runtime.clock.now();
  await runtime.store.transaction(async (tx) => {
    const done = await tx.update(
      COLLECTIONS.hazardReports,
      report._id,
      { set: { ...set, updatedAt: now }, inc },
      { updatedAt: report.updatedAt, status: report.status },
    );
    if (!done) throw new AppError('conflict', '这条举报刚有新的办理进展，请刷新后重试');
    await tx.insert(COLLECTIONS.reportEvents, newEvent(report._id, now, event));
  });
  const fresh = await runtime.store.get<HazardReport>(COLLECTIONS.hazardReports, report._id);
  if (!fresh) throw notFound('这条举报');
  return toMyReport(fresh, await eventsOf(runtime, [fresh._id]));
}

/** 催办: once the expected handling time has passed, at most once a day, the handler sees it in 处理记录. */
const urge = action({
  role: 'citizen',
  input: reportIdInput,
  async run(input, { caller, runtime }) {
    const report = await ownReport(runtime, caller.openid, input.id);
    const now = runtime.clock.now();
    const refusal = urgeRefusal(report, now);
    if (refusal) throw new AppError('conflict', refusal);
    return followUp(
      runtime,
      report,
      { lastUrgedAt: now },
      { urgeCount: 1 },
      {
        kind: 'urge',
        actor: 'reporter',
        note: '举报人催办：已超过预计办理时限',
      },
    );
  },
});

/** 满意度评价: once, after the report is closed or refused. */
const rate = action({
  role: 'citizen',
  input: rateReportInput,
  async run(input, { caller, runtime }) {
    const report = await ownReport(runtime, caller.openid, input.id);
    const refusal = rateRefusal(report);
    if (refusal) throw new AppError('conflict', refusal);
    const rating = { level: input.level, comment: input.comment, at: runtime.clock.now() };
    return followUp(
      runtime,
      report,
      { rating },
      {},
      {
        kind: 'rating',
        actor: 'reporter',
        note: `满意度评价：${RATING_LABELS[input.level]}${input.comment ? `。${input.comment}` : ''}`,
      },
    );
  },
});

export const followUpActions = { urge, rate };
