import { chinaDayStart } from '@domain/common/china-time';
import type { Activity } from '@domain/activities/types';
import { DEV_USERS } from '../adapters/local/runtime';
import { insertActivity } from '../functions/checkins/counters';
import type { Store } from '../ports/store';

/**
 * A past 进社区 activity of 示范街道办事处 on the 2026 咨询日, so the 统计表 for
 * June 2026 has a row to show. Dated, not relative to now: a fresh activity an
 * organizer creates today is then counted on its own.
 */
export async function seedDemoActivity(store: Store, now: number): Promise<number> {
  const start = chinaDayStart('2026-06-16') + 9 * 3600 * 1000;
  const activity: Activity = {
    _id: 'demo-shequ',
    kind: 'community',
    title: '社区消防疏散演练暨安全知识宣讲',
    unit: '示范街道办事处',
    place: { name: '示范社区党群服务中心', address: '示范街道建设路 1 号', latitude: 35.4907, longitude: 112.8513 },
    startAt: start,
    endAt: start + 2.5 * 3600 * 1000,
    geofenceMeters: 300,
    expectedHeadcount: 80,
    codeMode: 'live',
    manualSeq: 0,
    createdBy: DEV_USERS.organizer,
    createdAt: now,
    updatedAt: now,
  };
  return (await insertActivity(store, activity)) ? 1 : 0;
}
