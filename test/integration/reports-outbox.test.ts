import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutboxRow } from '@domain/reports/types';
import { sign, SIGNATURE_HEADER } from '../../cloud/adapters/http-outbound';
import { COLLECTIONS } from '../../cloud/core/collections';
import { runDueDeliveries, webhookSecret } from '../../cloud/functions/reports/outbox';
import { mediaPushVerdict, runTrigger } from '../../cloud/functions/reports/triggers';
import { startTestHost, type TestHost } from '../support/local-host';
import { deliverVerdicts, ok, submitReport } from '../support/reports';

interface Received {
  signature: string | undefined;
  body: string;
}

/** A receiving system on loopback that answers 503 to the first `failures` posts. */
async function receiver(failures: number) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        signature: req.headers[SIGNATURE_HEADER] as string | undefined,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(received.length <= failures ? 503 : 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('reports outbox: forwarding to a channel webhook', () => {
  let t: TestHost;
  let citizen: string;
  const minute = 60_000;

  beforeEach(async () => {
    t = await startTestHost();
    citizen = await t.signIn('citizen');
  });
  afterEach(() => t.stop());

  const outboxRow = async (id: string) => t.host.runtime.store.get<OutboxRow>(COLLECTIONS.reportOutbox, id);
  const setWebhook = (url: string) =>
    t.host.runtime.store.update(COLLECTIONS.channels, '12350', { set: { webhook: { url } } });

  it('delivers a signed report after failed attempts, backing off between them', async () => {
    const hook = await receiver(2);
    try {
      await setWebhook(hook.url);
      const report = ok((await submitReport(t, citizen)).body);
      // Written with the report; held back until the photos pass content security.
      expect(await outboxRow(report._id)).toMatchObject({ state: 'waiting', attempts: 0, channelId: '12350' });
      const t0 = Date.now();
      expect(await runDueDeliveries(t.host.runtime, t0)).toEqual({ delivered: 0, retried: 0, dead: 0 });
      await deliverVerdicts(t, report._id);
      const released = await outboxRow(report._id);
      expect(released?.state).toBe('pending');
      const t1 = released?.nextAt ?? 0;

      expect(await runDueDeliveries(t.host.runtime, t1)).toEqual({ delivered: 0, retried: 1, dead: 0 });
      expect(await outboxRow(report._id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastStatus: 503,
        nextAt: t1 + minute,
      });
      // Not due yet: nothing is posted.
      expect(await runDueDeliveries(t.host.runtime, t1 + minute - 1)).toEqual({ delivered: 0, retried: 0, dead: 0 });
      expect(await runDueDeliveries(t.host.runtime, t1 + minute)).toEqual({ delivered: 0, retried: 1, dead: 0 });
      expect((await outboxRow(report._id))?.nextAt).toBe(t1 + 3 * minute);
      expect(await runDueDeliveries(t.host.runtime, t1 + 3 * minute)).toEqual({
        delivered: 1,
        retried: 0,
        dead: 0,
      });
      expect(await outboxRow(report._id)).toMatchObject({ state: 'delivered', attempts: 3, lastStatus: 200 });
      expect(await runDueDeliveries(t.host.runtime, t1 + 60 * minute)).toEqual({ delivered: 0, retried: 0, dead: 0 });

      expect(hook.received).toHaveLength(3);
      const secret = webhookSecret(t.host.runtime, '12350');
      for (const r of hook.received) expect(r.signature).toBe(sign(secret, r.body));
      const body = JSON.parse(hook.received[2].body) as Record<string, unknown>;
      expect(body).toMatchObject({ trackingNo: report.trackingNo, channelId: '12350', ruleId: 'hazchem-storage' });
      expect(hook.received[2].body).not.toContain('dev-citizen');

      const handler = await t.signIn('handler');
      const rows = ok((await t.call<OutboxRow[]>('reports', { action: 'outbox' }, handler)).body);
      expect(rows.map((r) => [r.reportId, r.state])).toEqual([[report._id, 'delivered']]);
    } finally {
      await hook.close();
    }
  });

  it('marks a delivery dead after the last failed attempt', async () => {
    const hook = await receiver(100);
    try {
      await setWebhook(hook.url);
      const report = ok((await submitReport(t, citizen)).body);
      await deliverVerdicts(t, report._id);
      let at = Date.now();
      for (let i = 0; i < 5; i += 1) {
        await runDueDeliveries(t.host.runtime, at);
        at += 60 * minute;
      }
      expect(await outboxRow(report._id)).toMatchObject({ state: 'dead', attempts: 5, lastStatus: 503 });
      expect(hook.received).toHaveLength(5);
      expect(await runDueDeliveries(t.host.runtime, at)).toEqual({ delivered: 0, retried: 0, dead: 0 });
    } finally {
      await hook.close();
    }
  });

  it('writes no outbox row for a channel without a webhook, nor for a refused submission', async () => {
    const report = ok((await submitReport(t, citizen, { setting: 'gas', category: 'cylinder' })).body);
    expect(report.channelId).toBe('12345');
    expect(await outboxRow(report._id)).toBeNull();
    await setWebhook('http://127.0.0.1:9/never');
    for (let i = 0; i < 9; i += 1) ok((await submitReport(t, citizen)).body);
    expect(await t.host.runtime.store.count(COLLECTIONS.reportOutbox, {})).toBe(9);
    expect((await submitReport(t, citizen)).status).toBe(429);
    expect(await t.host.runtime.store.count(COLLECTIONS.reportOutbox, {})).toBe(9);
  });

  it('lets only an admin run the dispatcher over HTTP', async () => {
    const handler = await t.signIn('handler');
    expect((await t.call('reports', { action: 'dispatchOutbox' }, handler)).status).toBe(403);
    const admin = await t.signIn('admin');
    expect(ok((await t.call('reports', { action: 'dispatchOutbox' }, admin)).body)).toEqual({
      delivered: 0,
      retried: 0,
      dead: 0,
    });
  });
});

describe('reports platform triggers', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(() => t.stop());

  it('releases a report from the media-check push and runs the outbox on the timer', async () => {
    const citizen = await t.signIn('citizen');
    const report = ok((await submitReport(t, citizen)).body);
    const [check] = await t.host.runtime.store.find(COLLECTIONS.reportMediaChecks, { reportId: report._id });
    const push = {
      ToUserName: 'gh_x',
      FromUserName: 'o_platform',
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: 'wx0',
      trace_id: check._id,
      version: 2,
      result: { suggest: 'pass', label: 100 },
    };
    expect(mediaPushVerdict({ ...push, result: { suggest: 'maybe' } })).toBeNull();
    expect(mediaPushVerdict({ action: 'submit' })).toBeNull();
    await expect(runTrigger({ action: 'mine' }, t.host.runtime)).resolves.toBeUndefined();
    await expect(runTrigger(push, t.host.runtime)).resolves.toEqual({ reportId: report._id, security: 'passed' });
    await expect(
      runTrigger({ Type: 'Timer', TriggerName: 'outbox', Time: '2026-06-16T00:00:00Z' }, t.host.runtime),
    ).resolves.toEqual({
      delivered: 0,
      retried: 0,
      dead: 0,
    });
  });
});
