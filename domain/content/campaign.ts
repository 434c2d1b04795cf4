import { chinaDay } from '../common/china-time';

/**
 * Where "now" falls against a year's 安全生产月 (1–30 June, China time).
 * `before`: the month has not begun this year; `during`: it is June;
 * `after`: this year's month is over.
 */
export type CampaignPhase = 'before' | 'during' | 'after';

export interface CampaignStatus {
  /** The China-time calendar year of `now`. */
  year: number;
  phase: CampaignPhase;
  /** One plain sentence for the home page; empty during the month. */
  notice: string;
}

/**
 * The campaign phase at `now` (ms since epoch), judged by the China-time date,
 * whatever the server's or phone's zone: 2026-05-31T16:00Z is already 1 June.
 */
export function campaignStatus(now: number): CampaignStatus {
  const day = chinaDay(now);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const phase: CampaignPhase = month < 6 ? 'before' : month === 6 ? 'during' : 'after';
  const notice =
    phase === 'during'
      ? ''
      : phase === 'before'
        ? `${year}年“安全生产月”将于6月1日开始。隐患随手拍、“七进”签到和安全知识全年开放。`
        : `${year}年“安全生产月”已于6月30日结束。隐患随手拍、“七进”签到和安全知识全年开放，咨询日报名请关注下一年的安排。`;
  return { year, phase, notice };
}
