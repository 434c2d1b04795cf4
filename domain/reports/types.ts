import type { ReportRating } from './follow-up';
import type { ReportStatus } from './status';

export const SEVERITIES = ['general', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { general: '一般隐患', major: '重大隐患' };

/**
 * Content security: `checking` until every photo's late verdict arrives,
 * `held` when text or a photo needs a person's review; only `passed` reports
 * reach handlers and outbound channels.
 */
export type SecurityState = 'checking' | 'passed' | 'held';
export const SECURITY_LABELS: Record<SecurityState, string> = {
  checking: '内容审核中',
  passed: '审核通过',
  held: '内容待人工复核',
};

/** The platform's photo-check verdicts (`suggest` of wxa_media_check) as a handler reads them in 处理记录. */
export const MEDIA_VERDICT_LABELS: Record<'pass' | 'review' | 'risky', string> = {
  pass: '通过',
  review: '需人工审核',
  risky: '疑似违规',
};

export interface ReportLocation {
  /** Absent when the reporter typed the address (permission denied or no GPS). */
  latitude?: number;
  longitude?: number;
  address: string;
}

export interface ReportPhoto {
  fileId: string;
  url: string;
}

/**
 * Where a submission's photos go before it is filed: `<folder><slot>.jpg|png`,
 * slot 0–8, each at most `maxBytes`. The folder is derived from the reporter and
 * the submission, so only its owner knows it; staff never see it (filed photos
 * are copies, metadata removed, under the report's own folder).
 */
export interface PhotoTicket {
  folder: string;
  maxBytes: number;
}

export interface ReporterContact {
  name: string;
  phone: string;
}

export interface HazardReport {
  _id: string;
  trackingNo: string;
  /** Null when anonymous, or once the reporter deleted their data: nothing in the report leads back to them. */
  openid: string | null;
  /**
   * A keyed hash of the reporter's openid, so 我的举报 and rate limits work for
   * anonymous reports too; empty once the reporter deleted their data.
   */
  ownerKey: string;
  channelId: string;
  ruleId: string;
  setting: string;
  category: string;
  description: string;
  place: string;
  location: ReportLocation;
  seenAt: number;
  anonymous: boolean;
  contact?: ReporterContact;
  photos: ReportPhoto[];
  status: ReportStatus;
  security: SecurityState;
  severity?: 'general' | 'major';
  /** The unit (e.g. 示范街道办事处) whose handler accepted it: the 统计表 counts it for that unit. */
  unit?: string;
  rejectReason?: string;
  linkedTrackingNo?: string;
  referral?: string;
  /** 整改限期 (China day `YYYY-MM-DD`) set by 转入整改; past it the report is 已超期. */
  deadline?: string;
  /**
   * The description reads like an emergency (the words matched) and the reporter
   * confirmed it is not happening now; handlers see it on the report.
   */
  notHappeningNow?: { wording: string };
  createdAt: number;
  updatedAt: number;
  /** When it was closed or rejected: the retention of its contact, location and photos counts from here. */
  closedAt?: number;
  /** When the retention purge erased its contact, location and photos. */
  purgedAt?: number;
  /** The reporter's latest 催办 and how many there were. */
  lastUrgedAt?: number;
  urgeCount?: number;
  /** The reporter's 满意度评价 after closure; given once. */
  rating?: ReportRating;
}

/** `reroute` (转办): from and to are channel ids, the note the reason. */
export type ReportEventKind = 'status' | 'severity' | 'reveal' | 'security' | 'urge' | 'rating' | 'reroute';

/** The timeline and audit trail of a report: who, when, from → to, note. */
export interface ReportEvent {
  _id: string;
  reportId: string;
  kind: ReportEventKind;
  at: number;
  /** The handler's openid; `reporter` or `system` otherwise. */
  actor: string;
  from?: string;
  to?: string;
  note?: string;
  /** 整改照片 sent with this change (metadata removed), shown to the reporter. */
  photos?: ReportPhoto[];
}

export interface TimelineEntry {
  at: number;
  status: ReportStatus;
  /** What the entry says instead of the status's name (e.g. 审核通过 for a released report). */
  label?: string;
  note?: string;
  /** 整改照片 the handler sent with this change. */
  photos?: ReportPhoto[];
}

/** What the reporter sees of their own report. */
export interface MyReport {
  _id: string;
  trackingNo: string;
  channelId: string;
  setting: string;
  category: string;
  description: string;
  place: string;
  status: ReportStatus;
  security: SecurityState;
  rejectReason?: string;
  linkedTrackingNo?: string;
  referral?: string;
  /** 整改限期 (China day) while or after 整改中. */
  deadline?: string;
  anonymous: boolean;
  photos: ReportPhoto[];
  createdAt: number;
  timeline: TimelineEntry[];
  /** When 催办 opens (ms); null once the report is closed or refused. */
  urgeOpensAt: number | null;
  lastUrgedAt: number | null;
  rating: ReportRating | null;
}

/** A 处理记录 row as staff see it: who acted, by the name they gave (never an openid on screen). */
export interface HandlerReportEvent extends ReportEvent {
  actorName: string;
}

/** What a handler sees: never the openid, the contact masked until revealed. */
export interface HandlerReport extends Omit<HazardReport, 'openid' | 'ownerKey' | 'contact'> {
  contact?: ReporterContact;
  events: HandlerReportEvent[];
}

export type OutboxState = 'waiting' | 'pending' | 'delivered' | 'dead';

export interface OutboxRow {
  _id: string;
  reportId: string;
  channelId: string;
  state: OutboxState;
  attempts: number;
  nextAt: number;
  lastStatus?: number;
  deliveredAt?: number;
  updatedAt: number;
}

export interface Overview {
  total: number;
  byChannel: Record<string, number>;
  byCategory: { setting: string; category: string; count: number }[];
  byStatus: Record<string, number>;
  /** 隐患清单: open reports grouped by place. */
  places: { place: string; open: number; major: number; trackingNos: string[] }[];
  /** 隐患地图: open reports that have coordinates. */
  points: { trackingNo: string; latitude: number; longitude: number; place: string; severity?: Severity }[];
}
