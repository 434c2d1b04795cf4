import * as v from 'valibot';
import type { RetentionKind } from './retention';

/** What a name reads once it is erased (删除我的数据 or the retention purge); phones and units become empty. */
export const ERASED_NAME = '（已删除）';

/** What is held about the caller, so the page can say what deleting will do. */
export interface MyData {
  /** Sign-ups of any status; `upcoming` hold a seat or a waitlist place in a session not yet started. */
  signUps: { total: number; upcoming: number };
  checkins: number;
  /** Reports filed by the caller, real-name or anonymous; `realName` carry a contact. */
  reports: { total: number; realName: number };
  /** Whether a name, phone, unit or report contact of the caller is still stored. */
  contactStored: boolean;
}

/** What 删除我的数据 did. */
export interface Erasure {
  /** Upcoming sign-ups cancelled (a freed seat went to the waitlist). */
  cancelledSignUps: number;
  /** Sign-ups kept for the organizer's counts without name, phone or the link to the caller. */
  erasedSignUps: number;
  erasedCheckins: number;
  /** 答题 rounds and 人次 rows kept for the unit's counts without the link to the caller. */
  erasedQuizAttempts: number;
  /** Reports kept for the authorities without contact or the link to the caller. */
  unlinkedReports: number;
  /** Recorded notifications and attempt counters removed. */
  removedRecords: number;
}

export interface PurgeResult {
  /** Records erased or removed per kind of personal data. */
  counts: Record<RetentionKind, number>;
  /** True when a kind reached the batch size: run again for the rest. */
  more: boolean;
}

export const deleteMyDataInput = v.strictObject(
  { confirm: v.literal(true, '请先确认删除我的数据') },
  '请先确认删除我的数据',
);
export type DeleteMyDataInput = v.InferOutput<typeof deleteMyDataInput>;
