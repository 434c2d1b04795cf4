import { randomBytes, randomInt } from 'node:crypto';
import { AppError, notFound } from '@domain/common/errors';
import {
  campaignClosed,
  chosenInOrder,
  drawQuestions,
  grade,
  handInRefusal,
  quizDay,
  ROUND_LIMIT_MS,
  ROUND_SIZE,
} from '@domain/quiz/rules';
import { entryInput, roundIdInput, startInput, submitInput } from '@domain/quiz/schemas';
import type { Question, QuestionView, QuizEntry, QuizResult, QuizRound } from '@domain/quiz/types';
import { COLLECTIONS } from '../../core/collections';
import { spendAttempt } from '../../core/rate-limit';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { findAll } from '../../ports/paging';
import { campaignOf } from './campaign';
import { tallyRound } from './tally';
import { codeOfScene, unitChoices, unitOfCode } from './units';

const view = (q: Question): QuestionView => ({
  _id: q._id,
  kind: q.kind,
  topic: q.topic,
  stem: q.stem,
  options: q.options,
});

/** Uniform in [0, 1) from the platform's CSPRNG: which questions come up is not predictable. */
const random = () => randomInt(2 ** 30) / 2 ** 30;

/** The quiz's landing: the unit the QR names (or the list to pick from), and whether it is open. */
const entry = action({
  role: 'citizen',
  input: entryInput,
  async run(input, { runtime }): Promise<QuizEntry> {
    const code = input.scene ? codeOfScene(input.scene) : null;
    if (input.scene && !code) throw new AppError('not_found', '这个二维码不是答题码，请重新扫码或选择单位');
    const [unit, units, campaign] = await Promise.all([
      code ? unitOfCode(runtime, code) : null,
      unitChoices(runtime),
      campaignOf(runtime),
    ]);
    const window = campaign ? { from: campaign.from, to: campaign.to } : null;
    return {
      unit,
      units,
      campaign: window,
      closed: campaignClosed(window, runtime.clock.now()),
      roundSize: ROUND_SIZE,
      limitMs: ROUND_LIMIT_MS,
    };
  },
});

/** The server draws the round and keeps its key; the phone gets the questions only. */
const start = action({
  role: 'citizen',
  input: startInput,
  async run(input, { runtime, caller }) {
    const now = runtime.clock.now();
    const closed = campaignClosed(await campaignOf(runtime), now);
    if (closed) throw new AppError('conflict', closed);
    const unit = input.unitCode ? (await unitOfCode(runtime, input.unitCode)).name : null;
    await spendAttempt(runtime, 'quizStart', caller.openid);
    const bank = await findAll<Question>(runtime.store, COLLECTIONS.quizQuestions, { status: 'active' });
    const drawn = drawQuestions(bank, random);
    if (drawn.length === 0) throw new AppError('conflict', '题库暂时没有题目，请稍后再来');
    const round: QuizRound = {
      _id: randomBytes(12).toString('hex'),
      openid: caller.openid,
      unit,
      questionIds: drawn.map((q) => q._id),
      key: drawn.map((q) => q.answer),
      startedAt: now,
      deadline: now + ROUND_LIMIT_MS,
      day: quizDay(now),
      status: 'open',
    };
    await runtime.store.insert(COLLECTIONS.quizRounds, round);
    return {
      roundId: round._id,
      unit,
      questions: drawn.map(view),
      startedAt: now,
      deadline: round.deadline,
      limitMs: ROUND_LIMIT_MS,
    };
  },
});

/** Only the person who started a round may hand it in or read it; anyone else is told it does not exist. */
async function ownRound(runtime: Runtime, openid: string, roundId: string): Promise<QuizRound> {
  const round = await runtime.store.get<QuizRound>(COLLECTIONS.quizRounds, roundId);
  if (!round || round.openid !== openid) throw notFound('这一轮答题');
  return round;
}

/** The reviewed round: each question with the key, the person's choice, the explanation and source. */
async function resultOf(runtime: Runtime, round: QuizRound, best: number): Promise<QuizResult> {
  const questions = await runtime.store.find<Question>(COLLECTIONS.quizQuestions, { _id: { $in: round.questionIds } });
  const byId = new Map(questions.map((q) => [q._id, q]));
  return {
    roundId: round._id,
    unit: round.unit,
    score: round.score ?? 0,
    correct: (round.results ?? []).filter(Boolean).length,
    total: round.questionIds.length,
    best,
    questions: round.questionIds.map((id, i) => {
      const q = byId.get(id);
      return {
        _id: id,
        kind: q?.kind ?? 'single',
        topic: q?.topic ?? 'hazard',
        stem: q?.stem ?? '（题目已被删除）',
        options: q?.options ?? [],
        answer: round.key[i],
        chosen: round.answers?.[i] ?? [],
        right: round.results?.[i] ?? false,
        explanation: q?.explanation ?? '',
        source: q?.source ?? '',
        ...(q?.articleId ? { articleId: q.articleId } : {}),
      };
    }),
  };
}

/**
 * Grades a round once, on the server: a guarded update from open to graded is
 * the single moment it counts, so two hand-ins at once grade it once. Refusals
 * (late, twice, foreign answers) write nothing.
 */
const submit = action({
  role: 'citizen',
  input: submitInput,
  async run(input, { runtime, caller }) {
    const round = await ownRound(runtime, caller.openid, input.roundId);
    const now = runtime.clock.now();
    const refusal = handInRefusal(round, input.answers, now);
    if (refusal) throw new AppError('conflict', refusal);
    const answers = chosenInOrder(round.questionIds, input.answers);
    const { results, score } = grade(round.key, answers);
    const graded: QuizRound = { ...round, status: 'graded', answers, results, score, gradedAt: now };
    const won = await runtime.store.update(
      COLLECTIONS.quizRounds,
      round._id,
      { set: { status: 'graded', answers, results, score, gradedAt: now } },
      { status: 'open' },
    );
    if (!won) throw new AppError('conflict', '这一轮已经交卷，不能重复提交；可以再答一轮');
    return resultOf(runtime, graded, await tallyRound(runtime.store, graded));
  },
});

/** A handed-in round, reviewed again (the result page after a reload). Finishes a tally a crash interrupted. */
const result = action({
  role: 'citizen',
  input: roundIdInput,
  async run(input, { runtime, caller }) {
    const round = await ownRound(runtime, caller.openid, input.roundId);
    if (round.status !== 'graded') throw new AppError('conflict', '这一轮还没有交卷');
    return resultOf(runtime, round, await tallyRound(runtime.store, round));
  },
});

export const citizenActions = { entry, start, submit, result };
