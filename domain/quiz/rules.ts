import { chinaDay } from '../common/china-time';
import {
  QUIZ_TOPICS,
  type Campaign,
  type Question,
  type QuizDay,
  type QuizRound,
  type ScoreBucket,
  type WeakQuestion,
} from './types';

/** Questions in a round. */
export const ROUND_SIZE = 10;
/** The round's time limit, ms (10 questions, 30 s each). */
export const ROUND_LIMIT_MS = 5 * 60_000;
/** A hand-in sent just before the deadline may arrive a little after it over a slow network. */
export const HAND_IN_GRACE_MS = 15_000;

/**
 * Draws `size` active questions mixed across topics: topics take turns (in a
 * shuffled order), a random question of each, until the round is full or the
 * bank runs out. `random` answers [0, 1) (Math.random on the server; seeded in tests).
 */
export function drawQuestions(bank: Question[], random: () => number, size = ROUND_SIZE): Question[] {
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const active = bank.filter((q) => q.status === 'active');
  const piles = shuffle([...QUIZ_TOPICS])
    .map((topic) => shuffle(active.filter((q) => q.topic === topic)))
    .filter((pile) => pile.length > 0);
  const drawn: Question[] = [];
  while (drawn.length < size && piles.some((pile) => pile.length > 0)) {
    for (const pile of piles) {
      const next = pile.pop();
      if (next && drawn.length < size) drawn.push(next);
    }
  }
  return shuffle(drawn);
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Grades chosen options against the key, question by question: a multiple-choice
 * question is right only with exactly the right set. Score 0–100, rounded.
 */
export function grade(key: number[][], chosen: number[][]): { results: boolean[]; correct: number; score: number } {
  const results = key.map((answer, i) => sameSet([...new Set(chosen[i] ?? [])], answer));
  const correct = results.filter(Boolean).length;
  return { results, correct, score: key.length === 0 ? 0 : Math.round((correct / key.length) * 100) };
}

export interface HandIn {
  questionId: string;
  chosen: number[];
}

/**
 * Why a hand-in is refused (the person's words), or null when it may be graded:
 * a round is graded once, within its time limit, with answers to its own questions only.
 */
export function handInRefusal(
  round: Pick<QuizRound, 'status' | 'deadline' | 'questionIds'>,
  answers: HandIn[],
  now: number,
): string | null {
  if (round.status === 'graded') return '这一轮已经交卷，不能重复提交；可以再答一轮';
  if (now > round.deadline + HAND_IN_GRACE_MS) {
    return `已超过本轮答题时限（${ROUND_LIMIT_MS / 60_000} 分钟），本轮不计成绩，请重新开始`;
  }
  const given = new Set(round.questionIds);
  if (answers.some((a) => !given.has(a.questionId))) return '提交的答案含有本轮以外的题目，本轮未计分，请重新作答';
  const seen = new Set<string>();
  for (const a of answers) {
    if (seen.has(a.questionId)) return '同一道题提交了两次答案，本轮未计分，请重新作答';
    seen.add(a.questionId);
  }
  return null;
}

/** How many of a round's questions (`questionIds`) have no option chosen yet. */
export const unansweredCount = (questionIds: string[], chosen: Record<string, number[]>): number =>
  questionIds.filter((id) => !(chosen[id]?.length > 0)).length;

/**
 * What to ask before a hand-in the person tapped while questions are still
 * unanswered (an unanswered question counts as wrong, and a round is graded
 * once), or null when every question has an answer. The buttons say what
 * they do; the countdown's hand-in at time-out asks nothing.
 */
export function handInQuestion(unanswered: number): {
  title: string;
  content: string;
  cancelText: string;
  confirmText: string;
} | null {
  if (unanswered <= 0) return null;
  return {
    title: '交卷确认',
    content: `还有 ${unanswered} 题未作答，确定交卷？`,
    cancelText: '继续作答',
    confirmText: '确定交卷',
  };
}

/** The chosen options in the round's question order; an unanswered question counts as wrong. */
export function chosenInOrder(questionIds: string[], answers: HandIn[]): number[][] {
  const byId = new Map(answers.map((a) => [a.questionId, a.chosen]));
  return questionIds.map((id) => byId.get(id) ?? []);
}

/** China-time day of a moment, `2026-06-16` (the key of 人次 and rounds). */
export const quizDay = (now: number): string => chinaDay(now);

/** One 人次 per person per day per unit: the id makes a second round that day land on the same row. */
export const quizDayId = (day: string, openid: string, unit: string | null): string =>
  `${day}:${openid}:${unit ?? '个人'}`;

/** Null when the quiz is open at `now`; else why not. No window stored means open. */
export function campaignClosed(campaign: Pick<Campaign, 'from' | 'to'> | null, now: number): string | null {
  if (!campaign) return null;
  const today = quizDay(now);
  if (today < campaign.from) return `答题将于 ${campaign.from} 开始，敬请期待`;
  if (today > campaign.to) return `本次答题已于 ${campaign.to} 结束，感谢参与`;
  return null;
}

export const SCORE_BUCKETS = [
  { label: '90–100 分', min: 90 },
  { label: '80–89 分', min: 80 },
  { label: '60–79 分', min: 60 },
  { label: '60 分以下', min: 0 },
] as const;

export function scoreDistribution(scores: number[]): ScoreBucket[] {
  return SCORE_BUCKETS.map((b, i) => {
    const upper = i === 0 ? Infinity : SCORE_BUCKETS[i - 1].min;
    return { label: b.label, count: scores.filter((s) => s >= b.min && s < upper).length };
  });
}

/** Participants (distinct people) and 人次 (person-days) from the day rows. */
export function participation(days: Pick<QuizDay, 'openid'>[]): { participants: number; personTimes: number } {
  return { participants: new Set(days.map((d) => d.openid)).size, personTimes: days.length };
}

export const averageScore = (scores: number[]): number =>
  scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);

/**
 * The questions people got wrong most (lowest right-answer rate first, then the
 * most asked), from graded rounds; at most `limit`.
 */
export function weakestQuestions(
  rounds: Pick<QuizRound, 'questionIds' | 'results'>[],
  bank: Pick<Question, '_id' | 'stem' | 'topic'>[],
  limit = 5,
): WeakQuestion[] {
  const tally = new Map<string, { asked: number; right: number }>();
  for (const r of rounds) {
    r.questionIds.forEach((id, i) => {
      const t = tally.get(id) ?? { asked: 0, right: 0 };
      t.asked += 1;
      if (r.results?.[i]) t.right += 1;
      tally.set(id, t);
    });
  }
  const byId = new Map(bank.map((q) => [q._id, q]));
  return [...tally]
    .filter(([id]) => byId.has(id))
    .map(([id, t]) => {
      const q = byId.get(id)!;
      return { questionId: id, stem: q.stem, topic: q.topic, ...t, rate: Math.round((t.right / t.asked) * 100) };
    })
    .sort((a, b) => a.rate - b.rate || b.asked - a.asked)
    .slice(0, limit);
}

/** The share card's line. */
export const shareLine = (score: number): string => `我的安全力 ${score} 分`;
