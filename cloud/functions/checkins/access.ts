import { forbidden, notFound } from '@domain/common/errors';
import type { Activity, ActivityView } from '@domain/activities/types';
import type { Caller } from '@domain/roles/roles';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';

export async function loadActivity(runtime: Runtime, id: string): Promise<Activity> {
  const activity = await runtime.store.get<Activity>(COLLECTIONS.activities, id);
  if (!activity) throw notFound('这场活动');
  return activity;
}

/** An organizer manages the activities of their own unit; admins manage all. */
export function assertOwnUnit(caller: Caller, unit: string): void {
  if (caller.roles.includes('admin')) return;
  if (caller.unit !== unit) throw forbidden('只能管理本单位的活动');
}

export async function loadOwnActivity(runtime: Runtime, caller: Caller, id: string): Promise<Activity> {
  const activity = await loadActivity(runtime, id);
  assertOwnUnit(caller, activity.unit);
  return activity;
}

export function toView(activity: Activity): ActivityView {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { manualSeq, createdBy, createdAt, updatedAt, ...view } = activity;
  return view;
}
