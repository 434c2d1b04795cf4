import {
  formatInviteCode,
  grantOf,
  inviteState,
  normalizeInviteCode,
  redeemRefusal,
  withoutRole,
} from '@domain/roles/invites';

describe('invitations', () => {
  const now = 1_000_000;

  it.each([
    [{ status: 'open' as const, expiresAt: now + 1 }, 'open', null],
    [{ status: 'open' as const, expiresAt: now }, 'expired', '这个邀请码已过期，请联系管理员重新邀请'],
    [{ status: 'used' as const, expiresAt: now + 1 }, 'used', '这个邀请码已被使用，每个邀请码只能使用一次'],
    [{ status: 'revoked' as const, expiresAt: now - 1 }, 'revoked', '这个邀请码已被管理员撤销'],
  ])('%o is %s', (invite, state, refusal) => {
    expect(inviteState(invite, now)).toBe(state);
    expect(redeemRefusal(invite, now)).toBe(refusal);
  });

  it('compares codes the way they are typed from paper', () => {
    expect(normalizeInviteCode(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(formatInviteCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });

  it('gives an organizer one unit and a handler the union of channels', () => {
    expect(grantOf(null, { role: 'organizer', unit: '城南社区' })).toEqual({ roles: ['organizer'], unit: '城南社区' });
    expect(
      grantOf(
        { roles: ['organizer', 'handler'], unit: '旧单位', channels: ['12345'] },
        { role: 'organizer', unit: '新单位' },
      ),
    ).toEqual({ roles: ['organizer', 'handler'], unit: '新单位', channels: ['12345'] });
    expect(
      grantOf({ roles: ['handler'], channels: ['12345'] }, { role: 'handler', channels: ['12350', '12345'] }),
    ).toEqual({ roles: ['handler'], channels: ['12345', '12350'] });
  });

  it('takes the unit or the channels away with their role only', () => {
    const both = { roles: ['organizer' as const, 'handler' as const], unit: '城南社区', channels: ['12345'] };
    expect(withoutRole(both, 'organizer')).toEqual({ roles: ['handler'], channels: ['12345'] });
    expect(withoutRole(both, 'handler')).toEqual({ roles: ['organizer'], unit: '城南社区' });
  });
});
