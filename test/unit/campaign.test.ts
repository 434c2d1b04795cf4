import { campaignStatus } from '@domain/content/campaign';

const at = (iso: string) => Date.parse(iso);

describe('campaign month (China time)', () => {
  it.each([
    ['2026-05-31T15:59:59Z', 'before'], // 23:59:59 on 31 May in China
    ['2026-05-31T16:00:00Z', 'during'], // 00:00 on 1 June in China
    ['2026-06-30T15:59:59Z', 'during'],
    ['2026-06-30T16:00:00Z', 'after'], // 00:00 on 1 July in China
    ['2026-11-29T12:00:00Z', 'after'],
    ['2026-12-31T16:30:00Z', 'before'], // already 1 January 2027 in China
  ])('at %s the phase is %s', (iso, phase) => {
    expect(campaignStatus(at(iso)).phase).toBe(phase);
  });

  it('says plainly outside June that the month is over or ahead and what stays open', () => {
    const after = campaignStatus(at('2026-11-29T12:00:00Z'));
    expect(after.notice).toContain('2026年“安全生产月”已于6月30日结束');
    expect(after.notice).toContain('隐患随手拍');
    const before = campaignStatus(at('2027-03-01T12:00:00Z'));
    expect(before.year).toBe(2027);
    expect(before.notice).toContain('将于6月1日开始');
    expect(campaignStatus(at('2026-06-16T02:00:00Z')).notice).toBe('');
  });
});
