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

describe('the home notice is true on every day of the year', () => {
  const NEXT_616 = at('2027-06-16T01:00:00Z'); // 09:00 on 16 June 2027 in China
  // Noon in China on the 1st and 15th of every month of 2026, 6·16 itself, 1 July and 31 December.
  const days = [
    ...Array.from({ length: 12 }, (_, m) => [1, 15].map((d) => `2026-${String(m + 1).padStart(2, '0')}-${d}`)).flat(),
    '2026-06-16',
    '2026-07-01',
    '2026-12-31',
  ].map((d) => d.replace(/-(\d)$/, '-0$1'));
  const noon = (day: string) => at(`${day}T04:00:00Z`);

  it.each(days)('%s', (day) => {
    const now = noon(day);
    const month = Number(day.slice(5, 7));
    for (const open of [
      { nextSignUpAt: NEXT_616, quiz: true, quizUntil: '2026-12-31' },
      { nextSignUpAt: null, quiz: false },
      { nextSignUpAt: null, quiz: true, quizUntil: null },
    ]) {
      const { notice, phase } = campaignStatus(now, open);
      if (month === 6) {
        expect(phase).toBe('during');
        expect(notice).toBe('');
        continue;
      }
      // The month is named as over only after June, as ahead only before it, in the year of that day.
      expect(
        notice.startsWith(month < 6 ? '2026年“安全生产月”将于6月1日开始。' : '2026年“安全生产月”已于6月30日结束。'),
      ).toBe(true);
      // Never 'wait for next year' while a sign-up is open, and a sign-up is named only when one is.
      expect(notice).not.toMatch(/下一年|明年/);
      expect(notice.includes('2027年6月16日咨询日活动报名')).toBe(open.nextSignUpAt !== null);
      expect(notice.includes('知识答题')).toBe(open.quiz);
      expect(notice).toContain('隐患随手拍');
    }
  });

  it('names the open sign-up, 随手拍 and the quiz with its last day', () => {
    expect(
      campaignStatus(noon('2026-11-30'), { nextSignUpAt: NEXT_616, quiz: true, quizUntil: '2026-12-31' }).notice,
    ).toBe(
      '2026年“安全生产月”已于6月30日结束。现在仍可参加：2027年6月16日咨询日活动报名、隐患随手拍、安全知识、知识答题（至2026年12月31日）。',
    );
    expect(campaignStatus(noon('2027-01-05'), { nextSignUpAt: null, quiz: false }).notice).toBe(
      '2027年“安全生产月”将于6月1日开始。现在仍可参加：隐患随手拍、安全知识。',
    );
  });

  it('dates the sign-up by its China day (a session at 07:30 China time is 23:30 the day before in UTC)', () => {
    const early = at('2027-06-15T23:30:00Z');
    expect(campaignStatus(noon('2026-12-31'), { nextSignUpAt: early, quiz: false }).notice).toContain(
      '2027年6月16日咨询日活动报名',
    );
  });
});
