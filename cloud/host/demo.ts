import type { RoleRecord } from '@domain/roles/roles';
import { DEV_USERS } from '../adapters/local/runtime';
import { COLLECTIONS } from '../core/collections';
import { seedContent } from '../core/seed-content';
import { demoEventDocs } from './demo-events';
import { seedDemoActivity } from './demo-activities';
import type { Store } from '../ports/store';

/**
 * Demo data for the local product: the repo's content and channels, role records
 * for the dev sign-in's organizer and handler, a 咨询日 event and a 七进 activity. Insert-only, so it runs on every start.
 */
export async function seedDemo(store: Store, now: number): Promise<{ inserted: number }> {
  const { inserted } = await seedContent(store, now);
  const roles: RoleRecord[] = [
    { _id: DEV_USERS.organizer, roles: ['organizer'], unit: '示范街道办事处', grantedBy: 'seed', updatedAt: now },
    {
      _id: DEV_USERS.handler,
      roles: ['handler'],
      channels: ['12345', '12350'],
      unit: '示范街道办事处',
      grantedBy: 'seed',
      updatedAt: now,
    },
  ];
  let added = 0;
  for (const r of roles) if (await store.insert(COLLECTIONS.roles, r)) added += 1;
  // The 6·16 咨询日 demo event of 示范街道办事处.
  for (const { collection, doc } of demoEventDocs(now)) if (await store.insert(collection, doc)) added += 1;
  // A 进社区 activity of 示范街道办事处 (七进 check-in).
  added += await seedDemoActivity(store, now);
  return { inserted: inserted + added };
}
