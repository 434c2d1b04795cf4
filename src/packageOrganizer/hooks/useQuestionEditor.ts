import { useEffect, useState } from 'react';
import { saveQuestionInput, type SaveQuestionInput } from '@domain/quiz/schemas';
import { JUDGE_OPTIONS, type Question } from '@domain/quiz/types';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

/**
 * The editor's copy of a question: what the organizer writes (no id, status or
 * audit fields), with the article as text ('' = none), `options` always six
 * slots (empty ones are dropped when saving) and the version it was read at
 * (none for a new question).
 */
export type QuestionForm = Required<Omit<Question, '_id' | 'status' | 'version' | 'updatedAt' | 'updatedBy'>> &
  Partial<Pick<Question, 'version'>>;

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
export function payloadOf(f: QuestionForm, id?: string): SaveQuestionInput {
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

/** 题目编辑 on the one form hook: the draft is kept on the phone until saved; errors come from the same schema the server checks. */
export function useQuestionEditor(id: string) {
  // A new question (no id) has nothing to load.
  const [loaded, setLoaded] = useState(!id);
  const form = useForm<QuestionForm, SaveQuestionInput, Question>({
    initial: blank,
    schema: saveQuestionInput,
    toInput: (f) => payloadOf(f, id || undefined),
    draftKey: `draft:quiz-question:${id || 'new'}`,
    send: (payload) => callFunction('quiz', 'saveQuestion', payload),
  });
  const { load, fail, restored, draft } = form;
  const restoredVersion = restored ? draft.version : -1;

  useEffect(() => {
    if (!id) return;
    callFunction('quiz', 'bank')
      .then((bank) => {
        const q = bank.find((x) => x._id === id);
        if (!q) return fail({ _: '这道题不存在或已删除' });
        // A draft of an older version would overwrite someone's edit: keep it only at the current version.
        if (restoredVersion !== q.version) load(formOf(q));
        setLoaded(true);
      })
      .catch((e) => fail({ _: messageOf(e) }));
    // The stored draft's version is read once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, load]);

  const change = <K extends keyof QuestionForm>(key: K, value: QuestionForm[K]) =>
    form.change({ [key]: value } as unknown as Partial<QuestionForm>);

  return { form: loaded ? form.draft : undefined, change, errors: form.errors, saving: form.busy, save: form.submit };
}
