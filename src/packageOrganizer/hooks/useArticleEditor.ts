import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { textFromParagraphs } from '@domain/content/rules';
import { updateArticleInput, type UpdateArticleInput } from '@domain/content/schemas';
import type { Article } from '@domain/content/types';
import { ApiError, messageOf } from '@/services/api-error';
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
 * The article editor's state: the form is kept as a draft in storage on every
 * change, so nothing typed is lost to a crash, a failed save or a back tap.
 */
export function useArticleEditor(id: string) {
  const [form, setForm] = useState<ArticleForm>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [loadError, setLoadError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    callFunction('content', 'getArticle', { id })
      .then((article) => {
        const draft = Taro.getStorageSync(draftKey(id)) as ArticleForm | '';
        setForm(draft && draft.version === article.version ? draft : formFromArticle(article));
      })
      .catch((e) => setLoadError(messageOf(e)));
  }, [id]);

  const change = <K extends keyof ArticleForm>(key: K, value: ArticleForm[K]) => {
    setForm((old) => {
      if (!old) return old;
      const next = { ...old, [key]: value };
      Taro.setStorageSync(draftKey(id), next);
      return next;
    });
    setErrors((old) => ({ ...old, [key]: '' }));
  };

  /** Answers the saved article, or null when the form or the server refused it. */
  const save = async (): Promise<Article | null> => {
    if (!form || saving) return null;
    const payload = { ...form, id };
    const invalid = checkInput(updateArticleInput, payload);
    if (invalid) {
      setErrors(invalid);
      return null;
    }
    setSaving(true);
    try {
      const saved = await callFunction('content', 'updateArticle', payload);
      Taro.removeStorageSync(draftKey(id));
      setForm(formFromArticle(saved));
      return saved;
    } catch (e) {
      setErrors(e instanceof ApiError && Object.keys(e.fieldErrors).length ? e.fieldErrors : { _: messageOf(e) });
      return null;
    } finally {
      setSaving(false);
    }
  };

  return { form, errors, loadError, saving, change, save };
}
