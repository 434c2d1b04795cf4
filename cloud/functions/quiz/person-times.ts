import { COLLECTIONS } from '../../core/collections';
import type { Store } from '../../ports/store';

/** The 统计表's 网络知识答题 人次 for a unit and a range of China-time days: one row per person per day. */
export const quizPersonTimes = (store: Store, unit: string, from: string, to: string): Promise<number> =>
  store.count(COLLECTIONS.quizDays, { unit, day: { $gte: from, $lte: to } });
