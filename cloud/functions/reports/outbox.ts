import { empty } from '@domain/common/validation';
import { categoryLabel } from '@domain/reports/categories';
import type { Channel } from '@domain/reports/channels';
import { afterFailedAttempt } from '@domain/reports/rules';
import { REPORT_STATUS_LABELS } from '@domain/reports/status';
import type { HazardReport, OutboxRow } from '@domain/reports/types';
import { COLLECTIONS } from '../../core/collections';
import { keyedHash } from '../../core/keys';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { handledChannels } from './access';

/** A channel's webhook secret, derived so it can be given to the receiving system without storing it. */
export const webhookSecret = (runtime: Runtime, channelId: string) =>
  keyedHash(runtime.config.signingSecret, 'webhook', channelId);

/** What the receiving system gets: the report as filed, never the openid; the contact only when real-name. */
function payloadOf(report: HazardReport) {
  return {
    trackingNo: report.trackingNo,
    channelId: report.channelId,
    ruleId: report.ruleId,
    category: categoryLabel(report.setting, report.category),
    description: report.description,
    place: report.place,
    location: report.location,
    seenAt: new Date(report.seenAt).toISOString(),
    createdAt: new Date(report.createdAt).toISOString(),
    status: REPORT_STATUS_LABELS[report.status],
    anonymous: report.anonymous,
    contact: report.anonymous ? undefined : report.contact,
    photos: report.photos.map((p) => p.url),
  };
}

/** While one dispatcher delivers a row, others skip it; a crashed attempt is retried after this. */
const LEASE_MS = 30_000;

/**
 * Delivers every due row once. Each row is claimed with a guarded update on
 * its attempt count, so overlapping dispatchers never post the same attempt twice.
 */
export async function runDueDeliveries(runtime: Runtime, now: number) {
  const { store } = runtime;
  const tally = { delivered: 0, retried: 0, dead: 0 };
  const due = await store.find<OutboxRow>(
    COLLECTIONS.reportOutbox,
    { state: 'pending', nextAt: { $lte: now } },
    { orderBy: [['nextAt', 'asc']], limit: 50 },
  );
  for (const row of due) {
    const attempts = row.attempts + 1;
    const claimed = await store.update(
      COLLECTIONS.reportOutbox,
      row._id,
      { set: { attempts, nextAt: now + LEASE_MS, updatedAt: now } },
      { state: 'pending', attempts: row.attempts },
    );
    if (!claimed) continue;
    const [report, channel] = await Promise.all([
      store.get<HazardReport>(COLLECTIONS.hazardReports, row.reportId),
      store.get<Channel>(COLLECTIONS.channels, row.channelId),
    ]);
    const { status } =
      report && channel?.webhook
        ? await runtime.outbound.deliver({
            url: channel.webhook.url,
            secret: webhookSecret(runtime, channel._id),
            body: payloadOf(report),
          })
        : { status: 0 };
    const set: Partial<OutboxRow> =
      status >= 200 && status < 300
        ? { state: 'delivered', deliveredAt: now, lastStatus: status }
        : { ...afterFailedAttempt(attempts, now), lastStatus: status };
    await store.update(COLLECTIONS.reportOutbox, row._id, { set: { ...set, updatedAt: now } });
    if (set.state === 'delivered') tally.delivered += 1;
    else if (set.state === 'dead') tally.dead += 1;
    else tally.retried += 1;
  }
  return tally;
}

const outbox = action({
  role: 'handler',
  input: empty,
  async run(_input, { caller, runtime }) {
    const channels = handledChannels(caller);
    return runtime.store.find<OutboxRow>(COLLECTIONS.reportOutbox, channels ? { channelId: { $in: channels } } : {}, {
      orderBy: [['updatedAt', 'desc']],
      limit: 200,
    });
  },
});

const dispatchOutbox = action({
  role: 'admin',
  input: empty,
  run: (_input, { runtime }) => runDueDeliveries(runtime, runtime.clock.now()),
});

export const outboxActions = { outbox, dispatchOutbox };
