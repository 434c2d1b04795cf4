import { quizDayId } from '@domain/quiz/rules';
import type { QuizDay, QuizRound } from '@domain/quiz/types';
import { COLLECTIONS } from '../../core/collections';
import type { Store } from '../../ports/store';

/**
 * Counts a graded round: one 人次 per person per day per unit (an insert that
 * refuses an existing id) and the day's best score (a guarded single-document
 * update that only ever raises it). No transaction and no shared counter, so a
 * crowd handing in at once touches only its own rows; both steps are idempotent,
 * so running it again after a crash changes nothing twice. Answers the day's best.
 */
export async function tallyRound(store: Store, round: QuizRound): Promise<number> {
  const score = round.score ?? 0;
  const id = quizDayId(round.day, round.openid, round.unit);
  const fresh: QuizDay = {
    _id: id,
    day: round.day,
    unit: round.unit,
    openid: round.openid,
    best: score,
    firstAt: round.gradedAt ?? round.startedAt,
  };
  if (await store.insert(COLLECTIONS.quizDays, fresh)) return score;
  await store.update(COLLECTIONS.quizDays, id, { set: { best: score } }, { best: { $lt: score } });
  return (await store.get<QuizDay>(COLLECTIONS.quizDays, id))?.best ?? score;
}
