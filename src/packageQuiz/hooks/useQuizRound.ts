import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { handInQuestion, unansweredCount } from '@domain/quiz/rules';
import type { QuizResult, RoundStart, UnitChoice } from '@domain/quiz/types';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { PERSONAL_KEYS } from '@/services/personal-storage';

/** What the phone keeps of a round under way, so a reload or a trip Back resumes it while time is left. */
interface KeptRound {
  round: RoundStart;
  /** ms the phone's clock runs ahead of the server's. */
  offset: number;
  index: number;
  chosen: Record<string, number[]>;
}

/** The kept round, if its time is not up yet (ms, the phone's clock). */
export function resumable(kept: KeptRound | '' | undefined, now: number): KeptRound | null {
  return kept && kept.round && kept.round.deadline + kept.offset > now ? kept : null;
}

export type Stage = 'entry' | 'answering' | 'result';

/** Seconds left until `deadline` (ms), never below zero. */
export const secondsLeft = (deadline: number, now: number) => Math.max(0, Math.ceil((deadline - now) / 1000));
export const clockText = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * One round from start to result: the server draws and grades; this keeps the
 * person's choices (one question at a time), the countdown and the hand-in.
 * Choices stay in memory if a hand-in fails, so a retry loses nothing.
 */
export function useQuizRound() {
  const [kept] = useState(() => resumable(Taro.getStorageSync(PERSONAL_KEYS.quizRound) as KeptRound | '', Date.now()));
  const [stage, setStage] = useState<Stage>(kept ? 'answering' : 'entry');
  const [round, setRound] = useState<RoundStart | undefined>(kept?.round);
  const [index, setIndex] = useState(kept?.index ?? 0);
  const [chosen, setChosen] = useState<Record<string, number[]>>(kept?.chosen ?? {});
  const [result, setResult] = useState<QuizResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const offset = useRef(kept?.offset ?? 0);
  /** A hand-in under way: a second tap, or the countdown reaching zero meanwhile, sends nothing more. */
  const sending = useRef(false);
  /** The round whose time-out hand-in has been sent: sent once; a failure leaves the 交卷 button to retry. */
  const autoSent = useRef<string | null>(null);

  // A round under way is kept on the phone until it is handed in.
  useEffect(() => {
    if (stage === 'answering' && round) {
      const value: KeptRound = { round, offset: offset.current, index, chosen };
      Taro.setStorageSync(PERSONAL_KEYS.quizRound, value);
    } else {
      Taro.removeStorageSync(PERSONAL_KEYS.quizRound);
    }
  }, [stage, round, index, chosen]);

  useEffect(() => {
    if (stage !== 'answering') return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stage]);

  const start = async (unit: UnitChoice | null) => {
    setBusy(true);
    setError(null);
    try {
      const r = await callFunction('quiz', 'start', { unitCode: unit?.code ?? null });
      // The phone's clock may differ from the server's: count down from what the server gave.
      offset.current = Date.now() - r.startedAt;
      setRound(r);
      setIndex(0);
      setChosen({});
      setResult(undefined);
      setNow(Date.now());
      setStage('answering');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const question = round?.questions[index];
  const toggle = (option: number) => {
    if (!question) return;
    const mine = chosen[question._id] ?? [];
    const next =
      question.kind === 'multiple'
        ? mine.includes(option)
          ? mine.filter((o) => o !== option)
          : [...mine, option].sort()
        : [option];
    setChosen({ ...chosen, [question._id]: next });
  };

  /**
   * Hands the round in. A tap with questions unanswered asks first
   * (还有 N 题未作答，确定交卷？ 继续作答 / 确定交卷) and does nothing on 继续作答;
   * `auto` is the countdown's hand-in at time-out, which asks nothing.
   */
  const submit = async ({ auto = false }: { auto?: boolean } = {}) => {
    if (!round || sending.current) return;
    const ask = auto
      ? null
      : handInQuestion(
          unansweredCount(
            round.questions.map((q) => q._id),
            chosen,
          ),
        );
    if (ask) {
      const { confirm } = await Taro.showModal(ask);
      if (!confirm) return;
    }
    sending.current = true;
    setBusy(true);
    setError(null);
    try {
      const answers = round.questions.map((q) => ({ questionId: q._id, chosen: chosen[q._id] ?? [] }));
      setResult(await callFunction('quiz', 'submit', { roundId: round.roundId, answers }));
      setStage('result');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const left = round ? secondsLeft(round.deadline + offset.current, now) : 0;

  // Time is up: the round is handed in as it stands (the server allows a short grace), without asking.
  useEffect(() => {
    if (stage !== 'answering' || !round || left > 0 || autoSent.current === round.roundId) return;
    autoSent.current = round.roundId;
    void submit({ auto: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stage, round, left]);

  return {
    stage,
    round,
    index,
    question,
    chosen: question ? (chosen[question._id] ?? []) : [],
    answered: round ? round.questions.filter((q) => (chosen[q._id] ?? []).length > 0).length : 0,
    left,
    result,
    busy,
    error,
    start,
    toggle,
    go: (i: number) => setIndex(Math.max(0, Math.min((round?.questions.length ?? 1) - 1, i))),
    submit,
    again: () => setStage('entry'),
  };
}
