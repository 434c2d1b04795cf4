import { useEffect, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { activitiesFromText, keyDatesFromText, textFromActivities, textFromKeyDates } from '@domain/content/rules';
import { updateThemeInput, type UpdateThemeInput } from '@domain/content/schemas';
import { themeVersion, type Theme } from '@domain/content/types';
import { useForm } from '@/hooks/useForm';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';

/** The theme as the form holds it: numbers as typed, activities and key dates as text blocks. */
export interface ThemeForm {
  version: number;
  year: string;
  ordinal: string;
  title: string;
  source: string;
  period: string;
  /** Blocks separated by a blank line: the activity on the first line, its summary under it. */
  activities: string;
  /** One a line: `2026-06-16 全国安全宣传咨询日`. */
  keyDates: string;
}

export function formFromTheme(theme: Theme): ThemeForm {
  return {
    version: themeVersion(theme),
    year: String(theme.year),
    ordinal: String(theme.ordinal),
    title: theme.title,
    source: theme.source,
    period: theme.period,
    activities: textFromActivities(theme.keyActivities),
    keyDates: textFromKeyDates(theme.keyDates),
  };
}

/** A number as typed; blank stays missing so the schema says 请填写. */
const numberOf = (typed: string) => (typed.trim() === '' ? undefined : Number(typed.trim()));

export function toThemeInput(id: string, f: ThemeForm): UpdateThemeInput {
  return {
    id,
    version: f.version,
    year: numberOf(f.year) as number,
    ordinal: numberOf(f.ordinal) as number,
    title: f.title,
    source: f.source,
    period: f.period,
    keyActivities: activitiesFromText(f.activities),
    keyDates: keyDatesFromText(f.keyDates),
  };
}

/** The form field an input error belongs to (activities and key dates are one text box each). */
export const formFieldOf = (key: string): keyof ThemeForm | '_' => {
  const head = key.split('.')[0];
  if (head === 'keyActivities') return 'activities';
  if (head === 'keyDates') return 'keyDates';
  return (['version', 'year', 'ordinal', 'title', 'source', 'period'].includes(head) ? head : '_') as keyof ThemeForm;
};

/** Errors by form field, the first one each; an item's error says which item (第2项：请填写活动内容). */
export function errorsByField(errors: FieldErrors): Partial<Record<keyof ThemeForm | '_', string>> {
  const shown: Partial<Record<keyof ThemeForm | '_', string>> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (!message) continue;
    const field = formFieldOf(key);
    const item = /^\w+\.(\d+)\./.exec(key);
    shown[field] ??= item ? `第${Number(item[1]) + 1}项：${message}` : message;
  }
  return shown;
}

/**
 * The editor of one year's theme on the one form hook, like the article
 * editor: the draft kept in storage until saved; a draft of an older version
 * gives way to the theme as it is now; a stale save is refused by the function.
 */
export function useThemeEditor(id: string) {
  const [loadError, setLoadError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const form = useForm<ThemeForm, UpdateThemeInput, Theme>({
    initial: { version: 1, year: '', ordinal: '', title: '', source: '', period: '', activities: '', keyDates: '' },
    schema: updateThemeInput,
    toInput: (f) => toThemeInput(id, f),
    draftKey: `draft:theme:${id}`,
    fieldSelector: (field) => `#theme-${formFieldOf(field)}`,
    send: (input) => callFunction('content', 'updateTheme', input),
    done: (saved) => form.load(formFromTheme(saved)),
  });
  const { load, restored, draft } = form;
  const restoredVersion = restored ? draft.version : -1;

  useEffect(() => {
    callFunction('content', 'listThemes')
      .then((themes) => {
        const theme = themes.find((t) => t._id === id);
        if (!theme) {
          setLoadError('没有找到这一年的主题，请返回后重试');
          return;
        }
        if (restoredVersion !== themeVersion(theme)) load(formFromTheme(theme));
        setLoaded(true);
      })
      .catch((e) => setLoadError(messageOf(e)));
    // The stored draft's version is read once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, load]);

  return {
    form: loaded ? form.draft : undefined,
    errors: errorsByField(form.errors),
    loadError,
    saving: form.busy,
    change: <K extends keyof ThemeForm>(key: K, value: ThemeForm[K]) =>
      form.change({ [key]: value } as unknown as Partial<ThemeForm>),
    save: form.submit,
  };
}
