/** Quiz helpers for the host tests, the matrix and the crowd test. */
import writeXlsxFile from 'write-excel-file/node';
import { chinaDay } from '@domain/common/china-time';
import { bankRows } from '@domain/quiz/bank-sheet';
import type { Question, QuizResult, QuizRound, RoundStart, UnitCode } from '@domain/quiz/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { dataOf } from './events';
import type { TestHost } from './local-host';

/** Today in China time, `YYYY-MM-DD`. */
export const chinaToday = (now = Date.now()) => chinaDay(now);

/** The seeded organizer's unit code (registers the unit, as opening the QR page does). */
export async function unitCodeOf(t: TestHost, organizerToken: string): Promise<UnitCode> {
  return dataOf(await t.call<UnitCode>('quiz', { action: 'unitCode' }, organizerToken));
}

export async function startRound(t: TestHost, token: string, unitCode?: string | null): Promise<RoundStart> {
  return dataOf(await t.call<RoundStart>('quiz', { action: 'start', payload: { unitCode } }, token));
}

/** The stored key of a round, read the way only a test may: to answer all right or all wrong on purpose. */
export async function keyOf(t: TestHost, roundId: string): Promise<number[][]> {
  const round = await t.host.runtime.store.get<QuizRound>(COLLECTIONS.quizRounds, roundId);
  if (!round) throw new Error(`round ${roundId} missing`);
  return round.key;
}

/** Answers the first `right` questions right and the rest wrong. */
export async function answersFor(t: TestHost, round: RoundStart, right = round.questions.length) {
  const key = await keyOf(t, round.roundId);
  return round.questions.map((q, i) => ({
    questionId: q._id,
    // A wrong answer: the first right option alone (a subset) or, for one right option, the next one.
    chosen: i < right ? key[i] : key[i].length > 1 ? [key[i][0]] : [(key[i][0] + 1) % q.options.length],
  }));
}

export async function handIn(
  t: TestHost,
  token: string,
  roundId: string,
  answers: { questionId: string; chosen: number[] }[],
) {
  return t.call<QuizResult>('quiz', { action: 'submit', payload: { roundId, answers } }, token);
}

/** A one-question bank file, as base64, for the import rows. */
export async function bankFile(questions: Question[]): Promise<string> {
  const rows = bankRows(questions).map((row) => row.map((value) => ({ value })));
  return (await writeXlsxFile(rows).toBuffer()).toString('base64');
}

export const newQuestion = (stem = '发现楼道堆放杂物，正确的做法是及时清理并提醒邻居。') => ({
  kind: 'judge',
  topic: 'hazard',
  difficulty: 1,
  stem,
  options: ['正确', '错误'],
  answer: [0],
  explanation: '楼道杂物是可燃物，会堵塞疏散通道，应及时清理。',
  source: '《中华人民共和国消防法》第二十八条',
  articleId: 'life-passage',
});
