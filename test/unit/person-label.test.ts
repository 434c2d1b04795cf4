import { personLabel } from '@domain/roles/roles';
import { grantOf } from '@domain/roles/invites';

describe('people are named by the name they gave, never by openid', () => {
  it('names staff by their invitation name, else by role', () => {
    expect(personLabel('o-abc', { roles: ['handler'], name: '城南社区 王主任' })).toBe('城南社区 王主任');
    expect(personLabel('o-abc', { roles: ['handler'] })).toBe('隐患处理人员');
    expect(personLabel('o-abc', null)).toBe('工作人员');
    expect(personLabel('reporter')).toBe('举报人');
    expect(personLabel('system')).toBe('系统');
  });

  it("carries an invitation's 受邀人 to the role", () => {
    const grant = grantOf(null, { role: 'organizer', unit: '城南社区', note: '城南社区 王主任' });
    expect(grant).toEqual({ roles: ['organizer'], unit: '城南社区', name: '城南社区 王主任' });
  });
});
