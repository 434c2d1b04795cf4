import { codeWindow, POSTER_WINDOW } from '@domain/activities/codes';
import type { Activity, ActivityStat, Checkin } from '@domain/activities/types';
import type { Envelope } from '@domain/common/errors';
import { codeOfWindow } from '../../cloud/core/checkin-codes';
import { COLLECTIONS } from '../../cloud/core/collections';
import { sheetRows } from './xlsx';
import type { TestHost } from './local-host';

/** The demo hall of 示范社区; `north(m)` is a point m metres north of it. */
export const HALL = { name: '示范社区党群服务中心', address: '建设路 1 号', latitude: 35.4907, longitude: 112.8513 };
export const north = (meters: number) => ({ latitude: HALL.latitude + meters / 111_195, longitude: HALL.longitude });

export function activityPayload(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    kind: 'community',
    title: '社区消防疏散演练',
    place: HALL,
    startAt: now - 10 * 60_000,
    endAt: now + 2 * 3600_000,
    codeMode: 'live',
    ...overrides,
  };
}

export function ok<T>(body: Envelope<T>): T {
  if (!body.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
  return body.data;
}

export function refusal<T>(body: Envelope<T>) {
  if (body.ok) throw new Error('expected a refusal');
  return body.error;
}

/** What the live screen shows at `at` (computed with the host's own secret). */
export const codeAt = (t: TestHost, activityId: string, at = Date.now()) =>
  codeOfWindow(t.host.runtime.config.signingSecret, activityId, codeWindow(at));
export const posterCode = (t: TestHost, activityId: string) =>
  codeOfWindow(t.host.runtime.config.signingSecret, activityId, POSTER_WINDOW);

export async function createActivity(t: TestHost, token: string, overrides: Record<string, unknown> = {}) {
  return ok(
    (await t.call<Activity>('checkins', { action: 'create', payload: activityPayload(overrides) }, token)).body,
  );
}

export const person = (i: number) => ({ name: `参与者${i}`, org: '示范社区居民' });

/** Every present check-in of an activity, paging past the store's page size. */
export async function presentRows(t: TestHost, activityId: string): Promise<Checkin[]> {
  const rows: Checkin[] = [];
  for (;;) {
    const page = await t.host.runtime.store.find<Checkin>(
      COLLECTIONS.checkins,
      { activityId, removedAt: null },
      { skip: rows.length },
    );
    rows.push(...page);
    if (page.length < 1000) return rows;
  }
}

export async function countersOf(t: TestHost, unit: string) {
  const all = await t.host.runtime.store.find<ActivityStat>(COLLECTIONS.activityStats, { unit });
  return all.reduce(
    (sum, c) => ({ sessions: sum.sessions + c.sessions, attendances: sum.attendances + c.attendances }),
    {
      sessions: 0,
      attendances: 0,
    },
  );
}

/** Downloads an exported file and reads its first sheet back as rows. */
export async function readSheet(url: string): Promise<unknown[][]> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`download failed: ${res.status}`);
  return sheetRows(Buffer.from(await res.arrayBuffer()));
}
