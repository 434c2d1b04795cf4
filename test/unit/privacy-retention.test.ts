import { chinaDayEnd } from '@domain/common/china-time';
import { trackingDay } from '@domain/reports/tracking';
import {
  DAY_MS,
  DEFAULT_RETENTION,
  isExpired,
  periodText,
  readRetention,
  RETENTION,
  RETENTION_KINDS,
  retentionEnvName,
  retentionText,
} from '@domain/privacy/retention';
import { PRIVACY_ITEMS } from '@domain/privacy/policy';
import { readConfig } from '../../cloud/core/runtime';

describe('the retention table', () => {
  it('says its periods the way the notice does, and the notice quotes every kind', () => {
    expect([periodText(90), periodText(365), periodText(3 * 365), periodText(1)]).toEqual([
      '90 天',
      '1 年',
      '3 年',
      '1 天',
    ]);
    expect(retentionText('signupContact')).toBe('活动结束后 90 天');
    expect(retentionText('reportPersonal')).toBe('办结后 1 年');
    const notice = PRIVACY_ITEMS.map((i) => i.retention).join('\n');
    for (const kind of RETENTION_KINDS) expect(notice).toContain(retentionText(kind));
  });

  it('keeps data just inside its period and lets it go at the period', () => {
    const since = Date.UTC(2026, 5, 16, 10);
    const days = RETENTION.signupContact.days;
    expect(isExpired(since, days, since + days * DAY_MS - 1)).toBe(false);
    expect(isExpired(since, days, since + days * DAY_MS)).toBe(true);
    expect(isExpired(since, 1, since)).toBe(false);
  });

  it('knows when a China-time day ends', () => {
    const end = chinaDayEnd('20260616');
    expect(trackingDay(end - 1)).toBe('20260616');
    expect(trackingDay(end)).toBe('20260617');
  });
});

describe('retention from the environment', () => {
  it('names one variable per kind', () => {
    expect(retentionEnvName('signupContact')).toBe('RETENTION_SIGNUP_CONTACT_DAYS');
    expect(RETENTION_KINDS.map(retentionEnvName)).toEqual([
      'RETENTION_SIGNUP_CONTACT_DAYS',
      'RETENTION_CHECKIN_IDENTITY_DAYS',
      'RETENTION_REPORT_PERSONAL_DAYS',
      'RETENTION_NOTIFICATIONS_DAYS',
      'RETENTION_COUNTERS_DAYS',
      'RETENTION_AUDIT_LOGS_DAYS',
    ]);
  });

  it('uses the notice’s periods, or a shorter one', () => {
    expect(readRetention({})).toEqual(DEFAULT_RETENTION);
    expect(readConfig({}).retention).toEqual(DEFAULT_RETENTION);
    const config = readConfig({ RETENTION_SIGNUP_CONTACT_DAYS: '30', RETENTION_AUDIT_LOGS_DAYS: ' 365 ' });
    expect(config.retention).toEqual({ ...DEFAULT_RETENTION, signupContact: 30, auditLogs: 365 });
    expect(readRetention({ RETENTION_COUNTERS_DAYS: '1' }).counters).toBe(1);
  });

  it('refuses to start with a period longer than the notice promises, naming the variable', () => {
    expect(() => readConfig({ RETENTION_SIGNUP_CONTACT_DAYS: '91' })).toThrow(
      'RETENTION_SIGNUP_CONTACT_DAYS=91 is longer than the 90-day period the privacy notice promises; it may only shorten it',
    );
    expect(() => readConfig({ RETENTION_REPORT_PERSONAL_DAYS: '3650' })).toThrow('RETENTION_REPORT_PERSONAL_DAYS');
  });

  it.each(['0', '-5', '30.5', 'ninety', '1e2'])('refuses %p as a number of days', (value) => {
    expect(() => readRetention({ RETENTION_NOTIFICATIONS_DAYS: value })).toThrow(
      `RETENTION_NOTIFICATIONS_DAYS must be a whole number of days, at least 1 (got "${value}")`,
    );
  });
});
