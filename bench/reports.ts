import type { MyReport } from '@domain/reports/types';
import { COLLECTIONS } from '../cloud/core/collections';
import { startTestHost } from '../test/support/local-host';
import { newClientKey, ok, reportPayload, uploadPhotos } from '../test/support/reports';
import { measure, type Figures } from './measure';

/** 隐患随手拍 over the real host: filing (each with its transaction, counters and outbox), retries, the handler's views. */
export async function reportsOverHttp(): Promise<Figures[]> {
  const t = await startTestHost();
  const perReporter = 10;
  const reporters = await Promise.all(Array.from({ length: 30 }, () => t.signIn('citizen')));
  const prepared: { token: string; payload: ReturnType<typeof reportPayload> }[] = [];
  for (const token of reporters) {
    for (let i = 0; i < perReporter; i += 1) {
      const key = newClientKey();
      prepared.push({ token, payload: reportPayload(key, await uploadPhotos(t, token, key)) });
    }
  }
  const filed: MyReport[] = [];
  const rows = [
    await measure('http: reports.submit (new, 1 photo)', prepared.length, 10, async (i) => {
      const { body } = await t.call<MyReport>(
        'reports',
        { action: 'submit', payload: prepared[i].payload },
        prepared[i].token,
      );
      filed.push(ok(body));
    }),
    await measure('http: reports.submit (retry, same key)', 1000, 20, (i) =>
      t.call(
        'reports',
        { action: 'submit', payload: prepared[i % prepared.length].payload },
        prepared[i % prepared.length].token,
      ),
    ),
  ];
  for (const r of filed)
    await t.host.runtime.store.update(COLLECTIONS.hazardReports, r._id, { set: { security: 'passed' } });
  const handler = await t.signIn('handler');
  const organizer = await t.signIn('organizer');
  rows.push(
    await measure(`http: reports.queue (${filed.length} reports)`, 300, 10, () =>
      t.call('reports', { action: 'queue', payload: {} }, handler),
    ),
    await measure(`http: reports.overview (${filed.length} reports)`, 300, 10, () =>
      t.call('reports', { action: 'overview', payload: {} }, organizer),
    ),
  );
  await t.stop();
  return rows;
}
