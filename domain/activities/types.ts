import type { OutreachKind } from '../content/types';

export type CodeMode = 'live' | 'poster';
export type CheckinSource = 'scan' | 'code' | 'manual';

/** Coordinates come from the map picker; without them (H5, no GPS) there can be no 签到范围. */
export interface Place {
  name: string;
  address: string;
  latitude?: number;
  longitude?: number;
}

/** One 七进 event a unit runs: 进社区 at a community hall, 进学校 at a school. */
export interface Activity {
  _id: string;
  kind: OutreachKind;
  title: string;
  unit: string;
  place: Place;
  startAt: number;
  endAt: number;
  geofenceMeters?: number | null;
  expectedHeadcount?: number | null;
  codeMode: CodeMode;
  /** Numbers manual rows (`${activityId}:manual:<n>`). */
  manualSeq: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** What a participant sees before tapping 签到. */
export type ActivityView = Omit<Activity, 'manualSeq' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** One attendance. `_id` is `${activityId}:${openid}` so a person is counted once per activity. */
export interface Checkin {
  _id: string;
  activityId: string;
  unit: string;
  kind: OutreachKind;
  openid?: string;
  name: string;
  org: string;
  checkedInAt: number;
  source: CheckinSource;
  /** A removed row stays for the log and leaves every count. */
  removedAt?: number;
  removedBy?: string;
}

/**
 * Incremental statistics: one counter per unit, day (China time), kind and shard,
 * updated in the same transaction as each check-in, so the 统计表 reads a few
 * hundred counters whatever the number of check-ins. Shards spread a busy
 * activity's writes over several documents.
 */
export interface ActivityStat {
  _id: string;
  unit: string;
  day: string; // YYYY-MM-DD
  kind: OutreachKind;
  sessions: number;
  attendances: number;
  /** When the counter last moved (ms); the reconciliation corrects only counters quiet for a while. */
  touchedAt?: number;
}

export interface LiveCode {
  /** What the QR carries (the page's `scene`); rotates with `window`. */
  scene: string;
  code: string;
  /** The code window; -1 for a poster's static code. */
  window: number;
  /** When the next code takes over (ms). */
  rotatesAt: number;
  qrDataUrl: string;
}

export interface LiveAttendance {
  count: number;
  expected?: number | null;
  /** Newest first, at most LIVE_LIST_LIMIT. */
  checkins: Checkin[];
}

export interface MyCheckin {
  checkin: Checkin;
  activity: ActivityView | null;
}

export interface StatsRow {
  kind: OutreachKind;
  label: string; // 进社区
  sessions: number;
  attendances: number;
}

/** The 活动进展情况统计表 for a unit and a date range: what the app can know. */
export interface StatsTable {
  unit: string;
  from: string;
  to: string;
  outreach: StatsRow[];
  consultation: { sessions: number; signups: number; attended: number };
  hazardReports: number;
  /** 网络知识答题 人次: one per person per day (issue 14). */
  quiz: number;
}
