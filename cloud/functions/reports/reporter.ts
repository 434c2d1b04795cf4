import { createHash } from 'node:crypto';
import { AppError, notFound } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { seenAtProblem } from '@domain/reports/seen-at';
import { EMERGENCY_MESSAGE, emergencyIn, emergencyWording } from '@domain/reports/emergency';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { routeReport } from '@domain/reports/routing';
import { reportIdInput, submitReportInput, type SubmitReportInput } from '@domain/reports/schemas';
import { trackingDay, trackingNumber } from '@domain/reports/tracking';
import type { Channel } from '@domain/reports/channels';
import type { HazardReport, OutboxRow, SecurityState } from '@domain/reports/types';
import { COLLECTIONS } from '../../core/collections';
import { action, type ActionContext } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { addToCounter } from '../../core/counter';
import type { Store } from '../../ports/store';
import { ownerKeyOf } from './access';
import { discardUploads, photoTicket, takePhotos } from './photos';
import { eventsOf, toMyReport } from './views';

/** The same reporter and client key always name the same report: a retry finds it instead of filing twice. */
const reportIdOf = (ownerKey: string, clientKey: string) =>
  createHash('sha256').update(`${ownerKey}:${clientKey}`).digest('hex').slice(0, 24);

async function textVerdict(runtime: Runtime, openid: string, input: SubmitReportInput) {
  const text = [input.description, input.place, input.location.address].join('\n');
  return runtime.contentSecurity.checkText({ openid, text, scene: 2 });
}

/**
 * The day's tracking number for a report without a day-wide serial (one
 * document every reporter of the day would fight over): a 6-digit number drawn
 * from the report id, claimed by inserting `no:<number>` (ids are unique, so two
 * reports never share one; the same report asking again gets its own back), and
 * on the rare clash the next draw. Human-readable as before: `YH20260616-384729`.
 */
async function claimTrackingNo(store: Store, reportId: string, createdAt: number): Promise<string> {
  for (let draw = 0; draw < 50; draw += 1) {
    const hash = createHash('sha256').update(`${reportId}:${draw}`).digest();
    const trackingNo = trackingNumber(createdAt, (hash.readUInt32BE(0) % 999_999) + 1);
    const claim = { _id: `no:${trackingNo}`, reportId };
    if (await store.insert(COLLECTIONS.reportCounters, claim)) return trackingNo;
    const holder = await store.get<typeof claim>(COLLECTIONS.reportCounters, claim._id);
    if (holder?.reportId === reportId) return trackingNo;
  }
  throw new Error('no free tracking number');
}

/**
 * Files a report. The person's daily limit is one guarded counter and the
 * tracking number a claim of its own, each a single-document write outside any
 * transaction; only the report's own documents (the report by its deterministic
 * id, its photo checks, its outbox row), which nobody else touches, are written
 * together. A crash after the limit is spent costs that person one of the day's
 * reports at most; a retry with the same key files the same report once.
 */
async function fileReport(
  store: Store,
  draft: Omit<HazardReport, 'trackingNo'>,
  extra: { traceIds: string[]; forward: boolean },
): Promise<HazardReport> {
  const limit = `rate:${draft.ownerKey}:${trackingDay(draft.createdAt)}`;
  const spent = await addToCounter(
    store,
    COLLECTIONS.reportCounters,
    { _id: limit, count: 0 },
    { count: 1 },
    { guard: { count: { $lt: REPORT_LIMITS.perDay } }, firstUse: true },
  );
  if (!spent) throw new AppError('rate_limited', `每人每天最多提交 ${REPORT_LIMITS.perDay} 条举报，请明天再试`);
  const report: HazardReport = { ...draft, trackingNo: await claimTrackingNo(store, draft._id, draft.createdAt) };
  const filed = await store.transaction(async (tx) => {
    const raced = await tx.get<HazardReport>(COLLECTIONS.hazardReports, report._id);
    if (raced) return raced;
    await tx.insert(COLLECTIONS.hazardReports, report);
    for (const [index, traceId] of extra.traceIds.entries()) {
      await tx.insert(COLLECTIONS.reportMediaChecks, {
        _id: traceId,
        reportId: report._id,
        index,
        createdAt: report.createdAt,
      });
    }
    if (extra.forward) {
      const row: OutboxRow = {
        _id: report._id,
        reportId: report._id,
        channelId: report.channelId,
        state: report.security === 'passed' ? 'pending' : 'waiting',
        attempts: 0,
        nextAt: report.createdAt,
        updatedAt: report.createdAt,
      };
      await tx.insert(COLLECTIONS.reportOutbox, row);
    }
    return report;
  });
  // The same submission filed by a concurrent retry: this one's attempt goes back.
  if (filed !== report)
    await store.update(COLLECTIONS.reportCounters, limit, { inc: { count: -1 } }, { count: { $gt: 0 } });
  return filed;
}

async function myReport(runtime: Runtime, report: HazardReport) {
  return toMyReport(report, await eventsOf(runtime, [report._id]));
}

const emergencyAnswer = () => new AppError('emergency', EMERGENCY_MESSAGE, { description: EMERGENCY_MESSAGE });

const submit = action({
  role: 'citizen',
  input: submitReportInput,
  // Someone in danger now must call, not wait for a handler, and not be told first that the text is too short.
  screen(payload) {
    if (emergencyIn(payload)) throw emergencyAnswer();
  },
  async run(input, { caller, runtime }: ActionContext) {
    const { store, clock } = runtime;
    const ownerKey = ownerKeyOf(runtime, caller.openid);
    const id = reportIdOf(ownerKey, input.clientKey);
    const existing = await store.get<HazardReport>(COLLECTIONS.hazardReports, id);
    if (existing) return myReport(runtime, existing);

    // Nothing is filed until they say it is not now (the screen answered before the schema; this is the parsed text).
    const wording = emergencyWording(input.description);
    if (wording && !input.notHappeningNow) throw emergencyAnswer();
    const now = clock.now();
    const seenProblem = seenAtProblem(input.seenAt, now);
    if (seenProblem) throw new AppError('invalid_input', seenProblem, { seenAt: seenProblem });
    const photos = await takePhotos(runtime, ownerKey, id, input);
    const verdict = await textVerdict(runtime, caller.openid, input);
    if (verdict === 'risky') {
      throw new AppError('invalid_input', '描述中含有不当内容，请修改后再提交', { description: '含有不当内容' });
    }
    const route = routeReport(input);
    const channel = await store.get<Channel>(COLLECTIONS.channels, route.channelId);
    const traces = await Promise.all(
      photos.map((p) => runtime.contentSecurity.submitMedia({ openid: caller.openid, url: p.url, scene: 2 })),
    );
    const security: SecurityState = verdict === 'review' ? 'held' : photos.length ? 'checking' : 'passed';

    const draft: Omit<HazardReport, 'trackingNo'> = {
      _id: id,
      openid: input.anonymous ? null : caller.openid,
      ownerKey,
      channelId: route.channelId,
      ruleId: route.ruleId,
      setting: input.setting,
      category: input.category,
      description: input.description,
      place: input.place,
      location: input.location,
      seenAt: input.seenAt,
      anonymous: input.anonymous,
      ...(wording ? { notHappeningNow: { wording } } : {}),
      ...(input.contact && !input.anonymous ? { contact: input.contact } : {}),
      photos,
      status: 'submitted',
      security,
      createdAt: now,
      updatedAt: now,
    };
    const report = await fileReport(store, draft, {
      traceIds: traces.map((t) => t.traceId),
      forward: Boolean(channel?.webhook),
    });
    await discardUploads(runtime, input.photos);
    return myReport(runtime, report);
  },
});

const mine = action({
  role: 'citizen',
  input: empty,
  async run(_input, { caller, runtime }) {
    const reports = await runtime.store.find<HazardReport>(
      COLLECTIONS.hazardReports,
      { ownerKey: ownerKeyOf(runtime, caller.openid) },
      { orderBy: [['createdAt', 'desc']], limit: 100 },
    );
    const events = await eventsOf(
      runtime,
      reports.map((r) => r._id),
    );
    return reports.map((r) => toMyReport(r, events));
  },
});

const getMine = action({
  role: 'citizen',
  input: reportIdInput,
  async run(input, { caller, runtime }) {
    const report = await runtime.store.get<HazardReport>(COLLECTIONS.hazardReports, input.id);
    // Someone else's report answers the same as a missing one: ids reveal nothing.
    if (!report || report.ownerKey !== ownerKeyOf(runtime, caller.openid)) throw notFound('这条举报');
    return myReport(runtime, report);
  },
});

/** The template key the status notifications use; its id comes from TEMPLATE_REPORT_STATUS. */
export const STATUS_TEMPLATE = 'report_status';

const statusTemplate = action({
  role: 'citizen',
  input: empty,
  run: async (_input, { runtime }) => ({ templateId: runtime.config.templates[STATUS_TEMPLATE] ?? null }),
});

export const reporterActions = { photoTicket, submit, mine, getMine, statusTemplate };
