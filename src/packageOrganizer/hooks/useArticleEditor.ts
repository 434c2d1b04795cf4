import { useEffect, useState } from 'react';
import { textFromParagraphs } from '@domain/content/rules';
import { updateArticleInput, type UpdateArticleInput } from '@domain/content/schemas';
import type { Article } from '@domain/content/types';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

export type ArticleForm = Omit<UpdateArticleInput, 'id'>;

const draftKey = (id: string) => `draft:article:${id}`;

export function formFromArticle(article: Article): ArticleForm {
  return {
    version: article.version,
    title: article.title,
    topic: article.topic,
    summary: article.summary,
    body: textFromParagraphs(article.paragraphs),
  };
}

/**
 * The article editor on the one form hook: every change kept as a draft in
 * storage (nothing typed is lost to a crash, a failed save or a back tap); a
 * draft of an older version gives way to the article as it is now.
 */
export function useArticleEditor(id: string) {
  const [loadError, setLoadError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const form = useForm<ArticleForm, UpdateArticleInput, Article>({
    // Replaced by the article (or its draft) before the form shows.
    initial: { version: 0, title: '', topic: '', summary: '', body: '' } as unknown as ArticleForm,
    schema: updateArticleInput,
    toInput: (f) => ({ ...f, id }),
    draftKey: draftKey(id),
    fieldSelector: (field) => `#article-${field}`,
    send: (input) => callFunction('content', 'updateArticle', input),
    done: (saved) => form.load(formFromArticle(saved)),
  });
  const { load, restored, draft } = form;
  const restoredVersion = restored ? draft.version : -1;

  useEffect(() => {
    callFunction('content', 'getArticle', { id })
      .then((article) => {
        if (restoredVersion !== article.version) load(formFromArticle(article));
        setLoaded(true);
      })
      .catch((e) => setLoadError(messageOf(e)));
    // The stored draft's version is read once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, load]);

  const change = <K extends keyof ArticleForm>(key: K, value: ArticleForm[K]) =>
    form.change({ [key]: value } as unknown as Partial<ArticleForm>);

  return {
    form: loaded ? form.draft : undefined,
    errors: form.errors,
    loadError,
    saving: form.busy,
    change,
    save: form.submit,
  };
}
