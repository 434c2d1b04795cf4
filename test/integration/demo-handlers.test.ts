import { SETTINGS } from '@domain/reports/categories';
import { routedChannels, routeReport } from '@domain/reports/routing';
import type { HandlerReport, HazardReport } from '@domain/reports/types';
import type { RoleRecord } from '@domain/roles/roles';
import { DEV_USERS } from '../../cloud/adapters/local/runtime';
import { COLLECTIONS } from '../../cloud/core/collections';
import { seedDemo } from '../../cloud/host/demo';
import { startTestHost, type TestHost } from '../support/local-host';
import { deliverVerdicts, ok, submitReport } from '../support/reports';

/** Every channel a report can reach, found by routing every category a reporter can pick (and one that matches no rule). */
const reachable = () =>
  new Set([
    ...SETTINGS.flatMap((s) => s.categories.map((c) => routeReport({ setting: s.id, category: c.id }).channelId)),
    routeReport({ setting: 'no-such-setting', category: 'x' }).channelId,
  ]);

describe('every channel the routing rules can route to has a demo handler', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(() => t.stop());

  const roles = () => t.host.runtime.store.find<RoleRecord>(COLLECTIONS.roles, {});

  it('seeds a handler for each channel a reporter’s pick can reach (the fire channel 96119 too)', async () => {
    const channels = reachable();
    expect([...channels].sort()).toEqual(['12345', '12350', '96119']);
    expect(new Set(routedChannels())).toEqual(channels);
    const handlers = (await roles()).filter((r) => r.roles.includes('handler'));
    for (const channel of channels) expect(handlers.filter((h) => h.channels?.includes(channel))).not.toHaveLength(0);
    // The one a person signs in as on `npm start` answers them all.
    const demo = handlers.find((h) => h._id === DEV_USERS.handler);
    expect(demo?.channels?.slice().sort()).toEqual([...channels].sort());
  });

  it('a fire-channel report reaches the demo handler’s queue and can be accepted there', async () => {
    const citizen = await t.signIn('citizen');
    const handler = await t.signIn('handler');
    const fire = ok((await submitReport(t, citizen, { setting: 'ebike', category: 'indoor' })).body);
    expect(fire.channelId).toBe('96119');
    await deliverVerdicts(t, fire._id);
    const call = <T>(action: string, payload: unknown) => t.call<T>('reports', { action, payload }, handler);
    const intake = ok((await call<{ reports: HandlerReport[] }>('queue', { tab: 'new' })).body).reports;
    expect(intake.map((r) => r.trackingNo)).toEqual([fire.trackingNo]);
    ok((await call('transition', { id: fire._id, to: 'accepted', note: '已转消防救援站核查' })).body);
    const stored = await t.host.runtime.store.get<HazardReport>(COLLECTIONS.hazardReports, fire._id);
    expect(stored?.status).toBe('accepted');
  });

  it('widens a demo handler seeded before a channel was routed, and leaves a role the admin set alone', async () => {
    const store = t.host.runtime.store;
    const old = { set: { channels: ['12345', '12350'] } };
    expect(await store.update(COLLECTIONS.roles, DEV_USERS.handler, old)).toBe(true);
    await seedDemo(store, Date.now());
    expect((await store.get<RoleRecord>(COLLECTIONS.roles, DEV_USERS.handler))?.channels).toEqual([
      '12345',
      '12350',
      '96119',
    ]);

    expect(
      await store.update(COLLECTIONS.roles, DEV_USERS.handler, { set: { ...old.set, grantedBy: 'dev-admin' } }),
    ).toBe(true);
    await seedDemo(store, Date.now());
    expect((await store.get<RoleRecord>(COLLECTIONS.roles, DEV_USERS.handler))?.channels).toEqual(['12345', '12350']);
  });
});
