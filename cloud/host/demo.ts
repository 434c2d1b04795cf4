import { routedChannels } from '@domain/reports/routing';
import type { RoleRecord } from '@domain/roles/roles';
import { DEV_USERS } from '../adapters/local/runtime';
import { COLLECTIONS } from '../core/collections';
import { seedContent } from '../core/seed-content';
import { demoEventDocs } from './demo-events';
import { seedDemoActivity } from './demo-activities';
import type { Store } from '../ports/store';

/**
 * Demo data for the local product: the repo's content and channels, role records
 * for the dev sign-in's organizer and handler (named, as an invitation's 受邀人 names a real one), a 咨询日 event and a 七进 activity. Insert-only, so it runs on every start.
 * The demo handler answers every channel the routing rules can choose (12350, 12345, 96119), so no report the
 * demo files waits where nobody works; a `.data/` seeded before a channel was added gets it added (`widenSeededHandler`).
 */
export async function seedDemo(store: Store, now: number): Promise<{ inserted: number }> {
  const { inserted } = await seedContent(store, now);
  const roles: RoleRecord[] = [
    {
      _id: DEV_USERS.organizer,
      roles: ['organizer'],
      name: '刘伟',
      unit: '示范街道办事处',
      grantedBy: 'seed',
      updatedAt: now,
    },
    {
      _id: DEV_USERS.handler,
      roles: ['handler'],
      name: '陈静',
      channels: routedChannels(),
      unit: '示范街道办事处',
      grantedBy: 'seed',
      updatedAt: now,
    },
  ];
  let added = 0;
  for (const r of roles) if (await store.insert(COLLECTIONS.roles, r)) added += 1;
  await widenSeededHandler(store, now);
  // The 6·16 咨询日 demo event of 示范街道办事处.
  for (const { collection, doc } of demoEventDocs(now)) if (await store.insert(collection, doc)) added += 1;
  // A 进社区 activity of 示范街道办事处 (七进 check-in).
  added += await seedDemoActivity(store, now);
  return { inserted: inserted + added };
}

/**
 * Adds the routed channels the seeded demo handler lacks (a `.data/` folder from
 * before 96119 was the demo handler's). Guarded on `grantedBy: 'seed'`, so a role the
 * admin has since granted or changed is left as the admin set it.
 */
async function widenSeededHandler(store: Store, now: number): Promise<void> {
  const record = await store.get<RoleRecord>(COLLECTIONS.roles, DEV_USERS.handler);
  if (!record || record.grantedBy !== 'seed' || !record.roles.includes('handler')) return;
  const missing = routedChannels().filter((c) => !record.channels?.includes(c));
  if (missing.length === 0) return;
  const channels = [...(record.channels ?? []), ...missing];
  await store.update(COLLECTIONS.roles, record._id, { set: { channels, updatedAt: now } }, { grantedBy: 'seed' });
}
