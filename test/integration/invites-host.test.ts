import type { Me } from '@domain/api';
import type { InviteView } from '@domain/roles/invites';
import { COLLECTIONS } from '../../cloud/core/collections';
import { startTestHost, type TestHost } from '../support/local-host';
import { dataOf, signInWithOpenid } from '../support/events';

type Created = { invite: InviteView; code: string; qrDataUrl: string };

describe('role invitations over the local HTTP host', () => {
  let t: TestHost;
  let admin: string;
  beforeEach(async () => {
    t = await startTestHost();
    admin = await t.signIn('admin');
  });
  afterEach(() => t.stop());

  const invite = async (payload: Record<string, unknown>) =>
    dataOf<Created>(await t.call('admin', { action: 'createInvite', payload }, admin));
  const redeem = (code: string, token: string) =>
    t.call<Me>('admin', { action: 'redeemInvite', payload: { code } }, token);
  const me = async (token: string) => dataOf<Me>(await t.call('admin', { action: 'me' }, token));
  const organizerInvite = () => invite({ role: 'organizer', unit: '城南社区', note: '城南社区 王主任' });

  it('turns a citizen into an organizer of the invited unit, once, and logs both steps', async () => {
    const created = await organizerInvite();
    expect(created.code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect(created.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(created.invite).toMatchObject({
      role: 'organizer',
      unit: '城南社区',
      state: 'open',
      hint: created.code.slice(-3),
    });

    // The code is shown once: neither the list nor the store holds it.
    const listed = dataOf<InviteView[]>(await t.call('admin', { action: 'listInvites' }, admin));
    expect(JSON.stringify(listed)).not.toContain(created.code);
    const stored = await t.host.runtime.store.find(COLLECTIONS.invites, {});
    expect(JSON.stringify(stored)).not.toContain(created.code);

    const person = await signInWithOpenid(t, 'citizen');
    // Typed the way people type a code read off paper.
    const typed = `${created.code.slice(0, 5).toLowerCase()}-${created.code.slice(5)} `;
    expect(dataOf(await redeem(typed, person.token))).toMatchObject({ roles: ['organizer'], unit: '城南社区' });
    expect(await me(person.token)).toMatchObject({ roles: ['organizer'], unit: '城南社区' });

    const other = await t.signIn('citizen');
    const again = await redeem(created.code, other);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ ok: false, error: { message: '这个邀请码已被使用，每个邀请码只能使用一次' } });
    expect((await me(other)).roles).toEqual([]);

    const log = await t.host.runtime.store.find<{ _id: string; action: string; target: string; detail: unknown }>(
      COLLECTIONS.auditLogs,
      { action: { $in: ['admin.createInvite', 'admin.redeemInvite'] } },
      { orderBy: [['at', 'asc']] },
    );
    expect(log.map((e) => e.action)).toEqual(['admin.createInvite', 'admin.redeemInvite']);
    expect(log[1]).toMatchObject({ target: person.openid, detail: { from: [], to: ['organizer'] } });
    const [listedAfter] = dataOf<InviteView[]>(await t.call('admin', { action: 'listInvites' }, admin));
    expect(listedAfter).toMatchObject({ state: 'used', usedAt: expect.any(Number) });
  });

  it('adds a handler invitation’s channels to the channels a handler already has, and the queue opens', async () => {
    const person = await signInWithOpenid(t, 'citizen');
    dataOf(
      await redeem((await invite({ role: 'handler', channels: ['12350'], note: '应急局 李科长' })).code, person.token),
    );
    dataOf(
      await redeem((await invite({ role: 'handler', channels: ['12345'], note: '应急局 李科长' })).code, person.token),
    );
    const [record] = await t.host.runtime.store.find<{ _id: string; channels: string[] }>(COLLECTIONS.roles, {
      _id: person.openid,
    });
    expect(record.channels.sort()).toEqual(['12345', '12350']);
    expect((await t.call('reports', { action: 'queue', payload: {} }, person.token)).status).toBe(200);
  });

  it('refuses a revoked or expired invitation with the reason, and changes nothing', async () => {
    const revoked = await organizerInvite();
    const res = await t.call<InviteView>(
      'admin',
      { action: 'revokeInvite', payload: { id: revoked.invite._id } },
      admin,
    );
    expect(dataOf(res).state).toBe('revoked');
    const person = await t.signIn('citizen');
    expect((await redeem(revoked.code, person)).body).toMatchObject({ error: { message: '这个邀请码已被管理员撤销' } });

    const expiring = await invite({ role: 'organizer', unit: '城南社区', note: '张三', validDays: 1 });
    const realNow = t.host.runtime.clock.now;
    t.host.runtime.clock.now = () => realNow() + 24 * 3600_000 + 1;
    try {
      expect((await redeem(expiring.code, person)).body).toMatchObject({
        error: { message: '这个邀请码已过期，请联系管理员重新邀请' },
      });
    } finally {
      t.host.runtime.clock.now = realNow;
    }
    expect((await me(person)).roles).toEqual([]);
    const again = await t.call('admin', { action: 'revokeInvite', payload: { id: revoked.invite._id } }, admin);
    expect(again.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('lets exactly one of two people redeem the same code at the same moment', async () => {
    const { code } = await organizerInvite();
    const people = await Promise.all([t.signIn('citizen'), t.signIn('citizen'), t.signIn('citizen')]);
    const results = await Promise.all(people.map((p) => redeem(code, p)));
    expect(results.filter((r) => r.body.ok)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
    expect(await t.host.runtime.store.count(COLLECTIONS.roles, { unit: '城南社区' })).toBe(1);
  });

  it('says what is missing in the invitation form, field by field', async () => {
    const noUnit = await t.call(
      'admin',
      { action: 'createInvite', payload: { role: 'organizer', note: '张三' } },
      admin,
    );
    expect(noUnit.body).toMatchObject({ ok: false, error: { fieldErrors: { unit: '请填写组织者所属单位' } } });
    const noChannel = await t.call(
      'admin',
      { action: 'createInvite', payload: { role: 'handler', note: '张三' } },
      admin,
    );
    expect(noChannel.body).toMatchObject({
      ok: false,
      error: { fieldErrors: { channels: '请选择处理人员负责的渠道' } },
    });
    const unknown = await t.call(
      'admin',
      { action: 'createInvite', payload: { role: 'handler', channels: ['nope'], note: '张三' } },
      admin,
    );
    expect(unknown.body).toMatchObject({ ok: false, error: { message: '没有这个渠道：nope' } });
    const tooLong = await t.call(
      'admin',
      { action: 'createInvite', payload: { role: 'organizer', unit: '城南社区', note: '张三', validDays: 31 } },
      admin,
    );
    expect(tooLong.body).toMatchObject({ ok: false, error: { fieldErrors: { validDays: '有效期不能超过 30 天' } } });
    expect(await t.host.runtime.store.count(COLLECTIONS.invites, {})).toBe(0);
  });

  it('stops guessing after five tries an hour, even with the right code', async () => {
    const { code } = await organizerInvite();
    const guesser = await t.signIn('citizen');
    for (let i = 0; i < 5; i += 1) {
      const wrong = await redeem('ABCDEFGHJK', guesser);
      expect(wrong.body).toMatchObject({
        ok: false,
        error: { fieldErrors: { code: '邀请码不正确，请核对后重新输入' } },
      });
    }
    const limited = await redeem(code, guesser);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { message: '邀请码尝试次数过多，请 1 小时后再试' } });
    // The budget is the guesser's: someone else still redeems the code.
    expect((await redeem(code, await t.signIn('citizen'))).body.ok).toBe(true);
  });

  it('revokes one role with its unit, logged, but not an admin named in the configuration', async () => {
    const person = await signInWithOpenid(t, 'citizen');
    dataOf(await redeem((await organizerInvite()).code, person.token));
    const revoked = await t.call(
      'admin',
      { action: 'revokeRole', payload: { openid: person.openid, role: 'organizer' } },
      admin,
    );
    expect(dataOf(revoked)).toMatchObject({ roles: [] });
    expect(await me(person.token)).toEqual({ openid: person.openid, roles: [] });
    expect(
      await t.host.runtime.store.count(COLLECTIONS.auditLogs, { action: 'admin.revokeRole', target: person.openid }),
    ).toBe(1);
    // Without the role the organizer pages' actions are refused at once.
    expect((await t.call('checkins', { action: 'listMine' }, person.token)).status).toBe(403);

    const self = await signInWithOpenid(t, 'admin');
    const refused = await t.call(
      'admin',
      { action: 'revokeRole', payload: { openid: self.openid, role: 'admin' } },
      admin,
    );
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const none = await t.call(
      'admin',
      { action: 'revokeRole', payload: { openid: person.openid, role: 'handler' } },
      admin,
    );
    expect(none.status).toBe(404);
  });

  it('keeps invitations an admin matter', async () => {
    const organizer = await t.signIn('organizer');
    const res = await t.call(
      'admin',
      { action: 'createInvite', payload: { role: 'organizer', unit: 'x', note: 'y' } },
      organizer,
    );
    expect(res.status).toBe(403);
    expect((await t.call('admin', { action: 'listInvites' }, organizer)).status).toBe(403);
  });
});
