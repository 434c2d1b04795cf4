/** 网络知识答题 · 测测你的“安全力”: the bank, a round, its result and the organizer's figures. */

export const QUESTION_KINDS = ['single', 'multiple', 'judge'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const KIND_LABELS: Record<QuestionKind, string> = { single: '单选题', multiple: '多选题', judge: '判断题' };

/** The seeds' topics: hidden-hazard identification, reporting lines, 应急避险 and first aid, 安全生产法 duties. */
export const QUIZ_TOPICS = ['hazard', 'reporting', 'emergency', 'law'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];
export const TOPIC_LABELS: Record<QuizTopic, string> = {
  hazard: '隐患辨识',
  reporting: '隐患举报',
  emergency: '应急避险与急救',
  law: '安全生产法',
};

export const DIFFICULTIES = [1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: '易', 2: '中', 3: '难' };

/** A judge (true/false) question always has these two options, in this order. */
export const JUDGE_OPTIONS = ['正确', '错误'];

/** One question of the bank. `answer` holds option indexes (0-based); it never leaves the server before hand-in. */
export interface Question {
  _id: string;
  kind: QuestionKind;
  topic: QuizTopic;
  difficulty: Difficulty;
  stem: string;
  options: string[];
  answer: number[];
  /** One paragraph: why the answer is right. */
  explanation: string;
  /** The law, regulation or standard the fact comes from, e.g. 《中华人民共和国消防法》. */
  source: string;
  /** The knowledge article to read next, when one matches. */
  articleId?: string;
  status: 'active' | 'retired';
  version: number;
  updatedAt: number;
  updatedBy: string;
}

/** What the phone sees during a round: no answer, explanation or source. */
export type QuestionView = Pick<Question, '_id' | 'kind' | 'topic' | 'stem' | 'options'>;

/** A round as stored: the questions drawn and their key at the start, graded once. */
export interface QuizRound {
  _id: string;
  openid: string;
  /** The unit the attempt counts for (from its QR or the person's choice); null = 个人. */
  unit: string | null;
  questionIds: string[];
  /** The key as it was when drawn: an edit during the round changes nothing for it. */
  key: number[][];
  startedAt: number;
  /** ms; hand-ins after it (plus a network grace) are refused. */
  deadline: number;
  /** China-time day of the start, `20260616`. */
  day: string;
  status: 'open' | 'graded';
  answers?: number[][];
  results?: boolean[];
  score?: number;
  gradedAt?: number;
}

/** One person's day for one unit (`${day}:${openid}:${unit}`): one 人次, and their best score that day. */
export interface QuizDay {
  _id: string;
  day: string;
  unit: string | null;
  openid: string;
  best: number;
  firstAt: number;
}

/** The dates the quiz is open, China time, inclusive. No window stored = always open. */
export interface Campaign {
  _id: 'campaign';
  from: string;
  to: string;
  updatedAt: number;
  updatedBy: string;
}

/** A unit's quiz code: the QR's scene names it, so the attempt counts for that 社区 / 企业 / 学校. */
export interface QuizUnit {
  _id: string;
  unit: string;
  createdAt: number;
  /** The stored code image, made once: 小程序码 calls are rate-limited. */
  fileId?: string;
}

export interface UnitChoice {
  code: string;
  name: string;
}

export interface QuizEntry {
  /** The unit the QR named, if any. */
  unit: UnitChoice | null;
  /** Units a person without a QR may pick from (or answer as 个人). */
  units: UnitChoice[];
  campaign: Pick<Campaign, 'from' | 'to'> | null;
  /** Null when open; else why not, in the person's words. */
  closed: string | null;
  roundSize: number;
  limitMs: number;
}

export interface RoundStart {
  roundId: string;
  unit: string | null;
  questions: QuestionView[];
  startedAt: number;
  deadline: number;
  limitMs: number;
}

export interface ReviewedQuestion extends QuestionView {
  answer: number[];
  chosen: number[];
  right: boolean;
  explanation: string;
  source: string;
  articleId?: string;
}

export interface QuizResult {
  roundId: string;
  unit: string | null;
  score: number;
  correct: number;
  total: number;
  /** The person's best score today (for this unit). */
  best: number;
  questions: ReviewedQuestion[];
}

export interface ScoreBucket {
  label: string;
  count: number;
}

export interface WeakQuestion {
  questionId: string;
  stem: string;
  topic: QuizTopic;
  asked: number;
  right: number;
  /** Percent, 0–100, rounded. */
  rate: number;
}

export interface UnitQuizStats {
  unit: string;
  from: string;
  to: string;
  participants: number;
  /** One per person per day: the 统计表's figure. */
  personTimes: number;
  rounds: number;
  averageScore: number;
  distribution: ScoreBucket[];
  weakest: WeakQuestion[];
}

export interface UnitCode {
  code: string;
  unit: string;
  scene: string;
  /** The page and query the code opens, e.g. `pages/quiz/index?scene=u.ab12cd34ef56`. */
  path: string;
  /** The code as a PNG (小程序码 on WeChat, a QR of the H5 link locally). */
  url: string;
}
