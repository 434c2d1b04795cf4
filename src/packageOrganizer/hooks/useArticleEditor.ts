import { useEffect, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { textFromParagraphs } from '@domain/content/rules';
import { createArticleInput, updateArticleInput, type UpdateArticleInput } from '@domain/content/schemas';
import { ARTICLE_TOPICS, type Article } from '@domain/content/types';
import { formErrorsOf, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { useStoredDraft } from '@/hooks/useStoredDraft';

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
 * The article editor's state: the form is kept as a draft in storage on every
 * change, so nothing typed is lost to a crash, a failed save or a back tap.
 */
export function useArticleEditor(id: string) {
  const draft = useStoredDraft<ArticleForm>(draftKey(id));
  const { form, setForm, stored: storedDraft } = draft;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [loadError, setLoadError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) {
      // A new article starts from its draft, if one was left, else from nothing.
      setForm(storedDraft() ?? { version: 1, title: '', topic: ARTICLE_TOPICS[0], summary: '', body: '' });
      return;
    }
    callFunction('content', 'getArticle', { id })
      .then((article) => {
        const stored = storedDraft();
        setForm(stored && stored.version === article.version ? stored : formFromArticle(article));
      })
      .catch((e) => setLoadError(messageOf(e)));
  }, [id, setForm, storedDraft]);

  const change = <K extends keyof ArticleForm>(key: K, value: ArticleForm[K]) => {
    draft.change(key, value);
    setErrors((old) => ({ ...old, [key]: '' }));
  };

  /** Answers the saved article, or null when the form or the server refused it. */
  const save = async (): Promise<Article | null> => {
    if (!form || saving) return null;
    const { version, ...fields } = form;
    const payload = id ? { ...fields, version, id } : fields;
    const invalid = checkInput(id ? updateArticleInput : createArticleInput, payload);
    if (invalid) {
      setErrors(invalid);
      return null;
    }
    setSaving(true);
    try {
      const saved = id
        ? await callFunction('content', 'updateArticle', { ...fields, version, id })
        : await callFunction('content', 'createArticle', fields);
      draft.discard();
      setForm(formFromArticle(saved));
      return saved;
    } catch (e) {
      setErrors(formErrorsOf(e));
      return null;
    } finally {
      setSaving(false);
    }
  };

  return { form, errors, loadError, saving, change, save };
}
