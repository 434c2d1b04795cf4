import { useEffect, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { saveQuestionInput } from '@domain/quiz/schemas';
import { JUDGE_OPTIONS, type Difficulty, type Question, type QuestionKind, type QuizTopic } from '@domain/quiz/types';
import { useStoredDraft } from '@/hooks/useStoredDraft';
import { formErrorsOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

export interface QuestionForm {
  kind: QuestionKind;
  topic: QuizTopic;
  difficulty: Difficulty;
  stem: string;
  /** Always six slots; empty ones are dropped when saving. */
  options: string[];
  answer: number[];
  explanation: string;
  source: string;
  articleId: string;
  version?: number;
}

const blank = (): QuestionForm => ({
  kind: 'single',
  topic: 'hazard',
  difficulty: 1,
  stem: '',
  options: ['', '', '', '', '', ''],
  answer: [],
  explanation: '',
  source: '',
  articleId: '',
});

const formOf = (q: Question): QuestionForm => ({
  ...q,
  options: [...q.options, '', '', '', '', '', ''].slice(0, 6),
  articleId: q.articleId ?? '',
});

/** The payload: filled options only, answers re-pointed at them; a judge question has its two fixed options. */
export function payloadOf(f: QuestionForm, id?: string) {
  const filled =
    f.kind === 'judge'
      ? JUDGE_OPTIONS.map((o, i) => ({ o, i }))
      : f.options.map((o, i) => ({ o: o.trim(), i })).filter((x) => x.o);
  return {
    ...(id ? { id, version: f.version } : {}),
    kind: f.kind,
    topic: f.topic,
    difficulty: f.difficulty,
    stem: f.stem,
    options: filled.map((x) => x.o),
    answer: f.answer.map((a) => filled.findIndex((x) => x.i === a)).filter((a) => a >= 0),
    explanation: f.explanation,
    source: f.source,
    articleId: f.articleId,
  };
}

/** 题目编辑: the draft is kept on the phone until saved; errors come from the same schema the server checks. */
export function useQuestionEditor(id: string) {
  const draft = useStoredDraft<QuestionForm>(`draft:quiz-question:${id || 'new'}`);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const { setForm, stored } = draft;

  useEffect(() => {
    const kept = stored();
    if (!id) return setForm(kept ?? blank());
    callFunction('quiz', 'bank')
      .then((bank) => {
        const q = bank.find((x) => x._id === id);
        if (!q) return setErrors({ _: '这道题不存在或已删除' });
        // A draft of an older version would overwrite someone's edit: keep it only at the current version.
        setForm(kept && kept.version === q.version ? kept : formOf(q));
      })
      .catch((e) => setErrors(formErrorsOf(e)));
  }, [id, setForm, stored]);

  const save = async (): Promise<Question | null> => {
    if (!draft.form) return null;
    const payload = payloadOf(draft.form, id || undefined);
    const local = checkInput(saveQuestionInput, payload);
    if (local) {
      setErrors(local);
      return null;
    }
    setSaving(true);
    try {
      const saved = await callFunction('quiz', 'saveQuestion', payload as never);
      draft.discard();
      setErrors({});
      return saved;
    } catch (e) {
      setErrors(formErrorsOf(e));
      return null;
    } finally {
      setSaving(false);
    }
  };

  return { form: draft.form, change: draft.change, errors, saving, save };
}
