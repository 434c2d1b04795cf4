import { COLLECTIONS } from '../../core/collections';
import { unitFilter } from '../../core/reporting-unit';
import type { Store } from '../../ports/store';

/** The 统计表's 网络知识答题 人次 for a unit (null: every unit) and a range of China-time days: one row per person per day. */
export const quizPersonTimes = (store: Store, unit: string | null, from: string, to: string): Promise<number> =>
  store.count(COLLECTIONS.quizDays, { ...unitFilter(unit), day: { $gte: from, $lte: to } });
