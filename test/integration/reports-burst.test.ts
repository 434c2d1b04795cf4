import { REPORT_LIMITS } from '@domain/reports/limits';
import type { HazardReport, MyReport } from '@domain/reports/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { findAll } from '../../cloud/ports/paging';
import { ENGINES, startTestHost, type TestHost } from '../support/local-host';
import { newClientKey, reportPayload, uploadPhotos } from '../support/reports';

const REPORTERS = 300;

describe.each(ENGINES)('a burst of 随手拍 reports on %s', (engine) => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ engine, latencyMs: 2 });
  });
  afterAll(() => t.stop());

  it('files 300 reports sent at once with 300 distinct tracking numbers and no errors', async () => {
    const prepared = [];
    for (let i = 0; i < REPORTERS; i += 1) {
      const token = await t.signIn('citizen');
      const key = newClientKey();
      prepared.push({ token, payload: reportPayload(key, await uploadPhotos(t, token, key)) });
    }
    const answers = await Promise.all(
      prepared.map(({ token, payload }) => t.call<MyReport>('reports', { action: 'submit', payload }, token)),
    );
    expect(answers.filter((a) => !a.body.ok).map((a) => a.body)).toEqual([]);
    const numbers = answers.map((a) => (a.body.ok ? a.body.data.trackingNo : ''));
    expect(new Set(numbers).size).toBe(REPORTERS);
    for (const n of numbers) expect(n).toMatch(/^YH\d{8}-\d{6}$/);
    const stored = await findAll<HazardReport>(t.host.runtime.store, COLLECTIONS.hazardReports, {});
    expect(stored).toHaveLength(REPORTERS);
    expect(new Set(stored.map((r) => r.trackingNo)).size).toBe(REPORTERS);
  }, 240_000);

  it('files one report for five retries of one submission at once, and keeps the daily limit under a burst', async () => {
    const token = await t.signIn('citizen');
    const key = newClientKey();
    const payload = reportPayload(key, await uploadPhotos(t, token, key));
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => t.call<MyReport>('reports', { action: 'submit', payload }, token)),
    );
    const ids = retries.map((a) => (a.body.ok ? `${a.body.data._id} ${a.body.data.trackingNo}` : a.body.error.message));
    expect(new Set(ids).size).toBe(1);

    // The same person sends 15 more at once: the day's limit lets exactly the rest through.
    const more = [];
    for (let i = 0; i < 15; i += 1) {
      const k = newClientKey();
      more.push(reportPayload(k, await uploadPhotos(t, token, k)));
    }
    const answers = await Promise.all(
      more.map((p) => t.call<MyReport>('reports', { action: 'submit', payload: p }, token)),
    );
    const filed = answers.filter((a) => a.body.ok).length;
    expect(filed).toBe(REPORT_LIMITS.perDay - 1);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(15 - filed);
    const mine = await t.call<MyReport[]>('reports', { action: 'mine' }, token);
    expect(mine.body.ok && mine.body.data.length).toBe(REPORT_LIMITS.perDay);
  }, 240_000);
});
