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

/** What a resident can still do outside June, as the functions found it at `now`. */
export interface StillOpen {
  /** Start (ms) of the earliest session of an open 咨询日 event that still takes sign-ups; null when none does. */
  nextSignUpAt: number | null;
  /** Whether the 网络知识答题 takes rounds today (its window, if any, holds today, and the bank has questions). */
  quiz: boolean;
  /** The quiz window's last China day (`YYYY-MM-DD`) when one is set. */
  quizUntil?: string | null;
}

const NOTHING_BUT_ALWAYS: StillOpen = { nextSignUpAt: null, quiz: false };

/** `2027年6月16日` from a China day `2027-06-16`. */
const spoken = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** The services open now, in the home page's order: sign-up (if any), 随手拍 and knowledge (always), quiz (if open). */
function openServices(open: StillOpen): string {
  const services = [
    ...(open.nextSignUpAt !== null ? [`${spoken(chinaDay(open.nextSignUpAt))}咨询日活动报名`] : []),
    '隐患随手拍',
    '安全知识',
    ...(open.quiz ? [open.quizUntil ? `知识答题（至${spoken(open.quizUntil)}）` : '知识答题'] : []),
  ];
  return `现在仍可参加：${services.join('、')}。`;
}

/**
 * The campaign phase at `now` (ms since epoch), judged by the China-time date,
 * whatever the server's or phone's zone: 2026-05-31T16:00Z is already 1 June.
 * Outside June the notice says plainly that this year's month is over (or ahead)
 * and what is still open (`open`, found by the content function): it names an
 * open sign-up only when there is one, so it is true on every day of the year.
 */
export function campaignStatus(now: number, open: StillOpen = NOTHING_BUT_ALWAYS): CampaignStatus {
  const day = chinaDay(now);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const phase: CampaignPhase = month < 6 ? 'before' : month === 6 ? 'during' : 'after';
  if (phase === 'during') return { year, phase, notice: '' };
  const state = phase === 'before' ? `${year}年“安全生产月”将于6月1日开始。` : `${year}年“安全生产月”已于6月30日结束。`;
  return { year, phase, notice: `${state}${openServices(open)}` };
}
