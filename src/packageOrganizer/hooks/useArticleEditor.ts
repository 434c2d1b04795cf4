import { useEffect, useState } from 'react';
import { textFromParagraphs } from '@domain/content/rules';
import {
  createArticleInput,
  updateArticleInput,
  type CreateArticleInput,
  type UpdateArticleInput,
} from '@domain/content/schemas';
import { ARTICLE_TOPICS, type Article } from '@domain/content/types';
import type { Schema } from '@domain/common/validation';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

export type ArticleForm = Omit<UpdateArticleInput, 'id'>;
type ArticleInput = UpdateArticleInput | CreateArticleInput;

const draftKey = (id: string) => `draft:article:${id || 'new'}`;

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
  // A new article (no id) has nothing to load.
  const [loaded, setLoaded] = useState(!id);
  const form = useForm<ArticleForm, ArticleInput, Article>({
    // An edit is replaced by the article (or its draft) before the form shows.
    initial: { version: 1, title: '', topic: ARTICLE_TOPICS[0], summary: '', body: '' },
    schema: (id ? updateArticleInput : createArticleInput) as Schema<ArticleInput>,
    toInput: ({ version, ...fields }) => (id ? { ...fields, version, id } : fields),
    draftKey: draftKey(id),
    // The editor's own fields (`#article-*` are the reading page's).
    fieldSelector: (field) => `#edit-${field}`,
    send: (input) =>
      'id' in input ? callFunction('content', 'updateArticle', input) : callFunction('content', 'createArticle', input),
    done: (saved) => form.load(formFromArticle(saved)),
  });
  const { load, restored, draft } = form;
  const restoredVersion = restored ? draft.version : -1;

  useEffect(() => {
    // A new article starts from its draft, if one was left, else from nothing.
    if (!id) return;
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
