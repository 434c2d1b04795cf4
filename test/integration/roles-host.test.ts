import type { Me } from '@domain/api';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';

describe('roles over the local HTTP host', () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(() => t.stop());

  const me = async (token: string) => {
    const { body } = await t.call<Me>('admin', { action: 'me' }, token);
    if (!body.ok) throw new Error(body.error.message);
    return body.data;
  };

  it('knows the first admin from configuration and the seeded organizer from the store', async () => {
    expect((await me(await t.signIn('admin'))).roles).toEqual(['admin']);
    expect(await me(await t.signIn('organizer'))).toMatchObject({ roles: ['organizer'], unit: '示范街道办事处' });
    expect((await me(await t.signIn('citizen'))).roles).toEqual([]);
  });

  it('lets an admin grant a role, logs it, and the grantee can act on it at once', async () => {
    const admin = await t.signIn('admin');
    const citizen = await t.signIn('citizen');
    const { openid } = await me(citizen);

    const { status } = await t.call(
      'admin',
      { action: 'grantRole', payload: { openid, roles: ['organizer'], unit: '城南社区' } },
      admin,
    );
    expect(status).toBe(200);
    expect(await me(citizen)).toMatchObject({ roles: ['organizer'], unit: '城南社区' });
    const log = await t.host.runtime.store.find(COLLECTIONS.auditLogs, { action: 'admin.grantRole' });
    expect(log).toEqual([expect.objectContaining({ target: openid, detail: { from: [], to: ['organizer'] } })]);
  });

  it('refuses grants from non-admins and changes nothing', async () => {
    const organizer = await t.signIn('organizer');
    const citizen = await t.signIn('citizen');
    const { openid } = await me(citizen);
    const res = await t.call('admin', { action: 'grantRole', payload: { openid, roles: ['admin'] } }, organizer);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ ok: false, error: { message: '此操作需要管理员身份' } });
    expect((await me(citizen)).roles).toEqual([]);
  });

  it('refuses an unknown role with a Chinese field error', async () => {
    const admin = await t.signIn('admin');
    const res = await t.call('admin', { action: 'grantRole', payload: { openid: 'someone', roles: ['king'] } }, admin);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { fieldErrors: { 'roles.0': '没有这个身份' } } });
  });

  it('imports the shipped content idempotently for a first deploy', async () => {
    const admin = await t.signIn('admin');
    const res = await t.call<{ inserted: number }>('admin', { action: 'importContent' }, admin);
    expect(res.body).toEqual({ ok: true, data: { inserted: 0 } });
  });
});
