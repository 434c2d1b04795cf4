import { parseInput } from '@domain/common/validation';
import {
  campaignClosed,
  chosenInOrder,
  drawQuestions,
  grade,
  handInRefusal,
  quizDayId,
  ROUND_LIMIT_MS,
  ROUND_SIZE,
  scoreDistribution,
  weakestQuestions,
} from '@domain/quiz/rules';
import { questionInput } from '@domain/quiz/schemas';
import { QUIZ_TOPICS, type Question } from '@domain/quiz/types';
import bank from '../../data/quiz/questions.json';

const BANK = (bank as Omit<Question, 'status' | 'version' | 'updatedAt' | 'updatedBy'>[]).map((q): Question => ({
  ...q,
  status: 'active',
  version: 1,
  updatedAt: 0,
  updatedBy: 'seed',
}));

/** A small deterministic generator, so a failing draw can be replayed. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('the shipped question bank', () => {
  it('holds at least 60 questions over every topic and every kind, each with a source', () => {
    expect(BANK.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BANK.map((q) => q.topic))).toEqual(new Set(QUIZ_TOPICS));
    expect(new Set(BANK.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'judge']));
    expect(new Set(BANK.map((q) => q._id)).size).toBe(BANK.length);
  });

  it.each(BANK.map((q) => [q._id, q] as const))('%s passes the editor’s own rules', (_id, q) => {
    const stored = new Set(['_id', 'status', 'version', 'updatedAt', 'updatedBy']);
    const fields = Object.fromEntries(Object.entries(q).filter(([key]) => !stored.has(key)));
    expect(() => parseInput(questionInput, fields)).not.toThrow();
  });
});

describe('drawing a round', () => {
  it('draws 10 distinct active questions mixed across every topic', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const drawn = drawQuestions(BANK, seeded(seed));
      expect(drawn).toHaveLength(ROUND_SIZE);
      expect(new Set(drawn.map((q) => q._id)).size).toBe(ROUND_SIZE);
      expect(new Set(drawn.map((q) => q.topic))).toEqual(new Set(QUIZ_TOPICS));
    }
  });

  it('never draws a retired question, and draws what is left when the bank is small', () => {
    const small = BANK.slice(0, 6).map((q, i) => ({ ...q, status: i < 2 ? ('retired' as const) : q.status }));
    const drawn = drawQuestions(small, seeded(7));
    expect(drawn.map((q) => q._id).sort()).toEqual(
      small
        .slice(2)
        .map((q) => q._id)
        .sort(),
    );
  });
});

describe('grading', () => {
  it('counts a multiple-choice question right only with exactly the right set', () => {
    const key = [[1], [0, 2], [0, 1, 2], [0]];
    expect(grade(key, [[1], [2, 0], [0, 1], []])).toEqual({
      results: [true, true, false, false],
      correct: 2,
      score: 50,
    });
    expect(grade(key, [[1], [0, 2, 2], [0, 1, 2, 3], [0]]).results).toEqual([true, true, false, true]);
  });

  it('scores 10 right of 10 as 100 and puts unanswered questions in order as wrong', () => {
    const ids = ['a', 'b', 'c'];
    expect(chosenInOrder(ids, [{ questionId: 'c', chosen: [1] }])).toEqual([[], [], [1]]);
    expect(grade(Array(10).fill([0]), Array(10).fill([0])).score).toBe(100);
  });
});

describe('hand-in refusals (a refused round counts nothing)', () => {
  const round = { status: 'open' as const, deadline: 1_000_000, questionIds: ['a', 'b'] };
  const answers = [{ questionId: 'a', chosen: [0] }];

  it('accepts a hand-in within the limit with answers to its own questions', () => {
    expect(handInRefusal(round, answers, 1_000_000)).toBeNull();
  });
  it('refuses a second hand-in', () => {
    expect(handInRefusal({ ...round, status: 'graded' }, answers, 0)).toMatch('已经交卷');
  });
  it('refuses a hand-in after the time limit and its grace', () => {
    expect(handInRefusal(round, answers, 1_000_000 + 60_000)).toMatch(`${ROUND_LIMIT_MS / 60_000} 分钟`);
  });
  it('refuses answers to a question the round did not give, or to one question twice', () => {
    expect(handInRefusal(round, [{ questionId: 'z', chosen: [0] }], 0)).toMatch('本轮以外');
    expect(handInRefusal(round, [...answers, ...answers], 0)).toMatch('两次');
  });
});

describe('days, campaign and figures', () => {
  // 2026-06-15 16:30 UTC is 2026-06-16 00:30 in China.
  const justAfterMidnightInChina = Date.UTC(2026, 5, 15, 16, 30);

  it('keys a person’s day in China time, per unit, 个人 without one', () => {
    expect(quizDayId('20260616', 'o1', '示范社区')).toBe('20260616:o1:示范社区');
    expect(quizDayId('20260616', 'o1', null)).toBe('20260616:o1:个人');
  });

  it('opens and closes the quiz on China-time days', () => {
    const june16 = { from: '2026-06-16', to: '2026-06-30' };
    expect(campaignClosed(june16, justAfterMidnightInChina)).toBeNull();
    expect(campaignClosed(june16, justAfterMidnightInChina - 3600_000)).toMatch('2026-06-16 开始');
    expect(campaignClosed({ from: '2026-06-01', to: '2026-06-15' }, justAfterMidnightInChina)).toMatch('结束');
    expect(campaignClosed(null, 0)).toBeNull();
  });

  it('buckets scores and finds the weakest questions', () => {
    expect(scoreDistribution([100, 90, 80, 60, 50, 0]).map((b) => b.count)).toEqual([2, 1, 1, 2]);
    const weak = weakestQuestions(
      [
        { questionIds: ['a', 'b'], results: [true, false] },
        { questionIds: ['a', 'b'], results: [false, false] },
      ],
      [
        { _id: 'a', stem: 'A', topic: 'law' },
        { _id: 'b', stem: 'B', topic: 'hazard' },
      ],
    );
    expect(weak.map((w) => [w.questionId, w.rate])).toEqual([
      ['b', 0],
      ['a', 50],
    ]);
  });
});
