import type { CampaignStatus } from './campaign';

/** One year's 安全生产月: its ordinal (第N个), theme and the key activities of that year. */
export interface Theme {
  _id: string; // the year, e.g. "2026"
  year: number;
  ordinal: number;
  title: string;
  /** The source document's title (never a file path); themes without a source are not shown. */
  source: string;
  period: string;
  /** 咨询日 and other dates worth showing on the home page. */
  keyDates: { date: string; label: string }[];
  keyActivities: { title: string; summary: string }[];
  /** Which 进 the year's plan names: 七进 from 2026, 五进 before. */
  outreach: OutreachKind[];
  /** Bumped by every edit; absent on a theme seeded before themes were edited in the app (counts as 1). */
  version?: number;
  updatedAt: number;
  updatedBy?: string;
}

/** The version an edit of this theme starts from. */
export const themeVersion = (theme: Pick<Theme, 'version'>): number => theme.version ?? 1;

export const OUTREACH_KINDS = [
  'enterprise',
  'countryside',
  'community',
  'school',
  'family',
  'government',
  'public_place',
] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

/** One card of the 七进 explanation. `_id` is the OutreachKind. */
export interface OutreachEntry {
  _id: OutreachKind;
  name: string; // 进企业
  order: number;
  summary: string;
  practices: string[];
  updatedAt: number;
}

export const ARTICLE_TOPICS = ['用电安全', '消防安全', '燃气安全', '动火作业', '生命通道', '应急避险'] as const;
export type ArticleTopic = (typeof ARTICLE_TOPICS)[number];

/** Everyday hazard knowledge. The body is plain paragraphs: no markup reaches the page. */
export interface Article {
  _id: string;
  title: string;
  topic: ArticleTopic;
  summary: string;
  paragraphs: string[];
  /** The document the facts come from, by its title (e.g. 《中华人民共和国消防法》第二十八条). */
  source?: string;
  order: number;
  /** Bumped by every edit; an edit names the version it started from. */
  version: number;
  updatedAt: number;
  updatedBy: string;
}

export type ArticleSummary = Pick<Article, '_id' | 'title' | 'topic' | 'summary' | 'updatedAt'>;

export interface HomeView {
  theme: Theme | null;
  /** Whether it is June (China time), and what to say outside it. */
  campaign: CampaignStatus;
  outreach: OutreachEntry[];
  articles: ArticleSummary[];
}
