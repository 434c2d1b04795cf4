import { AppError } from '@domain/common/errors';
import { mediaVerdictInput, moderateInput, type MediaVerdictInput } from '@domain/reports/schemas';
import type { HazardReport, SecurityState } from '@domain/reports/types';
import type { Verdict } from '../../ports/side-effects';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { loadReport } from './access';
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
  if (to) await settle(runtime, report, to, 'system', `图片审核：${verdict.suggest}`);
  return { reportId: report._id, security: (await loadReport(runtime, report._id)).security };
}

const mediaVerdict = action({
  role: 'admin',
  input: mediaVerdictInput,
  run: (input, { runtime }) => applyMediaVerdict(runtime, input),
});

/** A person's decision on a report held by content security. */
const moderate = action({
  role: 'admin',
  input: moderateInput,
  async run(input, ctx) {
    const report = await loadReport(ctx.runtime, input.id);
    if (report.security === 'passed') throw new AppError('conflict', '这条举报已经通过审核');
    const to: SecurityState = input.decision === 'pass' ? 'passed' : 'held';
    if (to !== report.security) {
      await settle(ctx.runtime, report, to, ctx.caller.openid, input.note);
      await audit(ctx, 'reports.moderate', report._id, { from: report.security, to });
    }
    return toHandlerReport(ctx.runtime, await loadReport(ctx.runtime, report._id));
  },
});

export const moderationActions = { mediaVerdict, moderate };
