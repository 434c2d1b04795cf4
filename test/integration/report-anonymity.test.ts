/**
 * Anonymity holds against staff: one person's anonymous and real-name reports
 * share nothing any handler, organizer or admin can see (paths, ids, file
 * names, timestamps, photo metadata), so the name on one cannot be carried to
 * the other. Person Q files the same kind of reports as a baseline: what P's
 * two reports share that Q's do not would identify P.
 */
import type { HandlerReport, MyReport } from '@domain/reports/types';
import { signInWithOpenid } from '../support/events';
import { startTestHost, type TestHost } from '../support/local-host';
import { jpegWithMetadata } from '../support/photos';
import { deliverVerdicts, newClientKey, ok, reportPayload, uploadPhotoTo } from '../support/reports';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every value in an answer, whole and split at path and id separators; short words and small numbers are vocabulary. */
function atoms(value: Json, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const part of [value, ...value.split(/[/\\:.?&=#\s,;]+/)]) if (part.length >= 6) into.add(part);
  } else if (typeof value === 'number') {
    if (Math.abs(value) >= 100_000) into.add(String(value));
  } else if (Array.isArray(value)) value.forEach((v) => atoms(v, into));
  else if (value) Object.values(value).forEach((v) => atoms(v, into));
  return into;
}

/** Each report-shaped object in an answer (by `_id` or `reportId`), wherever it sits. */
function reportObjects(value: Json, ids: Set<string>, found: [string, Json][] = []): [string, Json][] {
  if (Array.isArray(value)) value.forEach((v) => reportObjects(v, ids, found));
  else if (value && typeof value === 'object') {
    const id = [value._id, value.reportId].find((v) => typeof v === 'string' && ids.has(v)) as string | undefined;
    if (id) found.push([id, value]);
    Object.values(value).forEach((v) => reportObjects(v, ids, found));
  }
  return found;
}

describe('an anonymous report cannot be linked to the same person’s real-name report', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.stop());

  async function file(token: string, phone: string, anonymous: boolean, hoursAgo: number): Promise<MyReport> {
    const clientKey = newClientKey();
    // Both of a person's photos come from the same phone, which writes its make and the place into EXIF.
    const photo = await uploadPhotoTo(t.host.url, token, clientKey, 0, { bytes: jpegWithMetadata(phone), ext: 'jpg' });
    const overrides = anonymous
      ? { anonymous: true, contact: undefined, seenAt: Date.now() - hoursAgo * 3600_000 }
      : { contact: { name: `${phone}姓名`, phone: '13912345678' }, seenAt: Date.now() - hoursAgo * 3600_000 };
    const payload = reportPayload(clientKey, [photo], overrides);
    const report = ok((await t.call<MyReport>('reports', { action: 'submit', payload }, token)).body);
    await deliverVerdicts(t, report._id);
    return report;
  }

  it('shares no value between one person’s anonymous and named reports in anything staff can see', async () => {
    const [p, q] = [await signInWithOpenid(t, 'citizen'), await signInWithOpenid(t, 'citizen')];
    const pNamed = await file(p.token, 'PHONE-P', false, 2);
    const pAnon = await file(p.token, 'PHONE-P', true, 3);
    const qNamed = await file(q.token, 'PHONE-Q', false, 4);
    const qAnon = await file(q.token, 'PHONE-Q', true, 5);
    const ids = new Set([pNamed._id, pAnon._id, qNamed._id, qAnon._id]);

    const staff = {
      handler: await t.signIn('handler'),
      admin: await t.signIn('admin'),
      organizer: await t.signIn('organizer'),
    };
    const answers: Json[] = [];
    const ask = async (token: string, action: string, payload?: unknown) => {
      const { body } = await t.call<Json>('reports', { action, payload }, token);
      if (body.ok) answers.push(body.data);
    };
    for (const token of [staff.handler, staff.admin]) {
      await ask(token, 'queue', {});
      await ask(token, 'overview', {});
      await ask(token, 'outbox');
      for (const id of ids) await ask(token, 'detail', { id });
    }
    await ask(staff.organizer, 'overview', {});
    // What a handler does to each report (its events and audit rows carry the report's id only).
    for (const id of ids) await ask(staff.handler, 'transition', { id, to: 'accepted', note: '已受理，安排现场核查' });
    await ask(staff.handler, 'revealContact', { id: pNamed._id });

    const seen = new Map<string, Set<string>>([...ids].map((id) => [id, new Set<string>()]));
    for (const [id, object] of reportObjects(answers as Json, ids)) atoms(object, seen.get(id));
    // The audit rows an admin can read in the console: each names its report.
    for (const row of await t.host.runtime.store.find<{ _id: string; target: string }>('auditLogs', {})) {
      if (ids.has(row.target)) atoms(row as unknown as Json, seen.get(row.target));
    }
    // The stored photos themselves, as staff download them.
    const photos = answers
      .flatMap((a) => reportObjects(a, ids))
      .flatMap(([, r]) => ((r as { photos?: { url: string }[] }).photos ?? []).map((ph) => ph.url));
    expect(photos.length).toBeGreaterThanOrEqual(4);
    for (const url of new Set(photos)) {
      const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
      expect(bytes.toString('latin1')).not.toMatch(/PHONE-[PQ]/);
    }

    const baseline = new Set([...seen.get(qNamed._id)!, ...seen.get(qAnon._id)!]);
    const common = [...seen.get(pNamed._id)!].filter((a) => seen.get(pAnon._id)!.has(a) && !baseline.has(a));
    expect(common).toEqual([]);
    // The scan did see the reports: each has its own photo path, tracking number and id.
    expect(seen.get(pAnon._id)!.has(pAnon.trackingNo)).toBe(true);
    expect([...seen.get(pNamed._id)!].some((a) => /^139\*+5678$/.test(a))).toBe(true);
    for (const id of ids) expect([...seen.get(id)!].some((a) => a.startsWith('local://reports/'))).toBe(true);
    const handlerView = answers.find(
      (a): a is Json & HandlerReport => !!a && typeof a === 'object' && (a as { _id?: unknown })._id === pAnon._id,
    );
    expect(handlerView && 'contact' in handlerView).toBe(false);
  }, 120_000);
});
