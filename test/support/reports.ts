import type { Envelope } from '@domain/common/errors';
import type { MyReport, PhotoTicket } from '@domain/reports/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import type { TestHost } from './local-host';

/** A 1×1 PNG: the smallest real photo the upload accepts. */
export const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let serial = 0;
export const newClientKey = () => `test-${Date.now().toString(36)}-${(serial += 1)}`;

export function reportPayload(clientKey: string, photos: string[], overrides: Record<string, unknown> = {}) {
  return {
    clientKey,
    setting: 'hazchem',
    category: 'storage',
    description: '仓库里堆放了几十桶油漆稀释剂，旁边有人抽烟',
    photos,
    location: { address: '示范街道工业路 8 号', latitude: 31.2, longitude: 121.5 },
    seenAt: Date.now() - 3600_000,
    place: '某某化工经营部',
    anonymous: false,
    contact: { name: '张三', phone: '13812345678' },
    consent: true,
    ...overrides,
  };
}

/**
 * Uploads one photo as the clients do: asks `reports.photoTicket` for the
 * submission's folder, then PUTs the bytes to the host's files endpoint (H5's
 * stand-in for Taro.cloud.uploadFile). Answers the file id; throws on refusal.
 */
export async function uploadPhotoTo(
  baseUrl: string,
  token: string,
  clientKey: string,
  index = 0,
  photo: { bytes: Buffer; ext: 'png' | 'jpg' } = { bytes: Buffer.from(PNG_1PX, 'base64'), ext: 'png' },
): Promise<string> {
  const headers = { authorization: `Bearer ${token}` };
  const ticket = (await (
    await fetch(`${baseUrl}/api/reports`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action: 'photoTicket', payload: { clientKey } }),
    })
  ).json()) as Envelope<PhotoTicket>;
  if (!ticket.ok) throw new Error(ticket.error.message);
  const res = await fetch(`${baseUrl}/files/${ticket.data.folder}${index}.${photo.ext}`, {
    method: 'PUT',
    headers,
    body: new Uint8Array(photo.bytes),
  });
  const body = (await res.json()) as Envelope<{ fileId: string }>;
  if (!body.ok) throw new Error(body.error.message);
  return body.data.fileId;
}

export async function uploadPhotos(t: TestHost, token: string, clientKey: string, count = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push(await uploadPhotoTo(t.host.url, token, clientKey, index));
  return ids;
}

/** Uploads photos and submits; answers the raw response so tests can assert refusals too. */
export async function submitReport(
  t: TestHost,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ status: number; body: Envelope<MyReport>; clientKey: string; photos: string[] }> {
  const clientKey = (overrides.clientKey as string | undefined) ?? newClientKey();
  const photos = await uploadPhotos(t, token, clientKey);
  const res = await t.call<MyReport>(
    'reports',
    { action: 'submit', payload: reportPayload(clientKey, photos, overrides) },
    token,
  );
  return { ...res, clientKey, photos };
}

export function ok<T>(body: Envelope<T>): T {
  if (!body.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
  return body.data;
}

/** The late photo verdicts of a report, delivered as the platform's push would. */
export async function deliverVerdicts(t: TestHost, reportId: string, suggest: 'pass' | 'review' | 'risky' = 'pass') {
  const admin = await t.signIn('admin');
  const checks = await t.host.runtime.store.find<{ _id: string }>(COLLECTIONS.reportMediaChecks, { reportId });
  for (const c of checks)
    ok((await t.call('reports', { action: 'mediaVerdict', payload: { traceId: c._id, suggest } }, admin)).body);
  return checks.length;
}

/**
 * A fresh citizen granted handler of exactly `channels` by the admin (the real
 * grantRole action): for tests about channel scope, since the seeded demo handler
 * answers every routed channel. Answers their token.
 */
export async function handlerOf(t: TestHost, channels: string[]): Promise<string> {
  const signIn = await fetch(`${t.host.url}/dev/signin`, { method: 'POST', body: JSON.stringify({ role: 'citizen' }) });
  const person = ok((await signIn.json()) as Envelope<{ openid: string; token: string }>);
  const payload = { openid: person.openid, roles: ['handler'], channels };
  ok((await t.call('admin', { action: 'grantRole', payload }, await t.signIn('admin'))).body);
  return person.token;
}
