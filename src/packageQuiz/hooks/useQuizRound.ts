import { useEffect, useRef, useState } from 'react';
import type { QuizResult, RoundStart, UnitChoice } from '@domain/quiz/types';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

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
  const [stage, setStage] = useState<Stage>('entry');
  const [round, setRound] = useState<RoundStart>();
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<Record<string, number[]>>({});
  const [result, setResult] = useState<QuizResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const offset = useRef(0);

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

  const submit = async () => {
    if (!round) return;
    setBusy(true);
    setError(null);
    try {
      const answers = round.questions.map((q) => ({ questionId: q._id, chosen: chosen[q._id] ?? [] }));
      setResult(await callFunction('quiz', 'submit', { roundId: round.roundId, answers }));
      setStage('result');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const left = round ? secondsLeft(round.deadline + offset.current, now) : 0;
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
