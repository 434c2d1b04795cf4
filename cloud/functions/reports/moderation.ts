import { AppError } from '@domain/common/errors';
import { mediaVerdictInput, moderateInput, type MediaVerdictInput } from '@domain/reports/schemas';
import { REPORT_STATUS_LABELS, type ReportStatus } from '@domain/reports/status';
import { MEDIA_VERDICT_LABELS, type HazardReport, type SecurityState } from '@domain/reports/types';
import type { Verdict } from '../../ports/side-effects';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, type ActionContext } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { loadHandledReport, loadReport } from './access';
import { STATUS_TEMPLATE } from './reporter';
import { newEvent, toHandlerReport } from './views';

interface MediaCheck {
  _id: string;
  reportId: string;
  index: number;
  verdict?: Verdict;
}

/** Moves a report out of `checking`/`held`; a pass also lets its outbound delivery go. */
async function settle(runtime: Runtime, report: HazardReport, to: SecurityState, actor: string, note: string) {
  const now = runtime.clock.now();
  const moved = await runtime.store.update(
    COLLECTIONS.hazardReports,
    report._id,
    { set: { security: to, updatedAt: now } },
    { security: report.security },
  );
  if (!moved) return false;
  await runtime.store.insert(
    COLLECTIONS.reportEvents,
    newEvent(report._id, now, { kind: 'security', actor, from: report.security, to, note }),
  );
  if (to === 'passed') {
    await runtime.store.update(
      COLLECTIONS.reportOutbox,
      report._id,
      { set: { state: 'pending', nextAt: now, updatedAt: now } },
      { state: 'waiting' },
    );
  }
  return true;
}

/**
 * Applies one photo's late verdict. On CloudBase the `wxa_media_check` push
 * (trace_id, result.suggest) is turned into this call by the function's entry;
 * locally the tests and the admin action call it. Unknown traces answer null.
 */
export async function applyMediaVerdict(
  runtime: Runtime,
  verdict: MediaVerdictInput,
): Promise<{ reportId: string; security: SecurityState } | null> {
  const check = await runtime.store.get<MediaCheck>(COLLECTIONS.reportMediaChecks, verdict.traceId);
  if (!check) return null;
  await runtime.store.update(COLLECTIONS.reportMediaChecks, check._id, { set: { verdict: verdict.suggest } });
  const report = await loadReport(runtime, check.reportId);
  if (report.security !== 'checking') return { reportId: report._id, security: report.security };
  const checks = await runtime.store.find<MediaCheck>(COLLECTIONS.reportMediaChecks, { reportId: report._id });
  const verdicts = checks.map((c) => (c._id === check._id ? verdict.suggest : c.verdict));
  let to: SecurityState | null = null;
  if (verdicts.some((v) => v === 'risky' || v === 'review')) to = 'held';
  else if (verdicts.every((v) => v === 'pass')) to = 'passed';
  if (to) await settle(runtime, report, to, 'system', `图片审核：${MEDIA_VERDICT_LABELS[verdict.suggest]}`);
  return { reportId: report._id, security: (await loadReport(runtime, report._id)).security };
}

const mediaVerdict = action({
  role: 'admin',
  input: mediaVerdictInput,
  run: (input, { runtime }) => applyMediaVerdict(runtime, input),
});

/** Why a report that failed review is not handled: what the reporter reads beside 不予受理. */
export const REVIEW_REFUSED = '内容审核未通过';

/**
 * Not passing review ends the report: 不予受理 with the reviewer's reason, so
 * the reporter reads the outcome in their timeline and is told by message.
 */
async function refuse(ctx: ActionContext, report: HazardReport, note: string) {
  const { runtime, caller } = ctx;
  const now = runtime.clock.now();
  const moved = await runtime.store.update(
    COLLECTIONS.hazardReports,
    report._id,
    { set: { status: 'rejected', security: 'held', rejectReason: REVIEW_REFUSED, closedAt: now, updatedAt: now } },
    { status: 'submitted', security: report.security },
  );
  if (!moved) throw new AppError('conflict', '这条举报刚被其他人审核过，请刷新后再试');
  await runtime.store.insert(
    COLLECTIONS.reportEvents,
    newEvent(report._id, now, { kind: 'status', actor: caller.openid, from: 'submitted', to: 'rejected', note }),
  );
  await notifyReporter(runtime, report, 'rejected', note);
}

/** The reporter's status message, when they gave their identity (an anonymous report has nobody to tell). */
export async function notifyReporter(runtime: Runtime, report: HazardReport, to: ReportStatus, note: string) {
  if (!report.openid) return;
  await runtime.notifications.send({
    toOpenid: report.openid,
    template: STATUS_TEMPLATE,
    page: `packageReport/pages/my-reports/index?id=${report._id}`,
    data: { trackingNo: report.trackingNo, status: REPORT_STATUS_LABELS[to], note: note.slice(0, 20) },
  });
}

/**
 * The 待审核 desk's decision on a report whose photos are not yet judged or
 * were held (`review`/`risky`): 通过 releases it to the channel's handlers and
 * its outbound delivery; 不通过 closes it as 不予受理 with the reason. The
 * channel's handlers and admins decide; a decided report answers `conflict`.
 */
const moderate = action({
  role: 'handler',
  input: moderateInput,
  async run(input, ctx) {
    const report = await loadHandledReport(ctx.runtime, ctx.caller, input.id);
    if (report.security === 'passed') throw new AppError('conflict', '这条举报已经通过审核');
    if (report.status !== 'submitted') throw new AppError('conflict', '这条举报已经审核过');
    if (input.decision === 'pass') {
      const moved = await settle(ctx.runtime, report, 'passed', ctx.caller.openid, input.note);
      if (!moved) throw new AppError('conflict', '这条举报刚被其他人审核过，请刷新后再试');
    } else {
      await refuse(ctx, report, input.note);
    }
    await audit(ctx, 'reports.moderate', report._id, { from: report.security, decision: input.decision });
    return toHandlerReport(ctx.runtime, await loadReport(ctx.runtime, report._id));
  },
});

export const moderationActions = { mediaVerdict, moderate };
