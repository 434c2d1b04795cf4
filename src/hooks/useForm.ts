import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput, type Schema } from '@domain/common/validation';
import { ApiError, messageOf } from '@/services/api-error';
import { declinedMessageOr } from '@/services/privacy-consent';
import { scrollToField } from '@/services/scroll-to-field';

export interface FormOptions<D extends object, I, R> {
  /** The blank form (also what `reset` returns to). */
  initial: D | (() => D);
  /** The domain schema the function checks too: every field's error comes from one pass. */
  schema: Schema<I>;
  /** Domain rules beyond the schema's shape (e.g. picked dates against now), checked in the same pass. */
  rules?: (input: I, draft: D) => FieldErrors;
  /** The payload a draft becomes. */
  toInput: (draft: D) => I;
  /** Sends the payload; a thrown ApiError's field errors land on the fields. */
  send: (input: I, draft: D) => Promise<R>;
  /** After success: where the person goes (`redirectTo` a result page, so Back never returns to a sent form). */
  done?: (result: R, draft: D) => void;
  /**
   * Runs first in the tap, before any await (WeChat only shows a subscribe
   * prompt straight from a tap); its promise is awaited before sending, a failure ignored.
   */
  first?: (draft: D) => Promise<unknown> | void;
  /**
   * Asks the person before sending what cannot be undone (办结, 不予受理), once the
   * checks have passed and after `first`; answering false sends nothing and keeps the draft.
   */
  confirm?: (input: I, draft: D) => Promise<boolean> | boolean;
  /** Keeps the draft in storage under this key across Back and reload, until it is sent. */
  draftKey?: string;
  /** Whether a stored draft is worth offering again (default: any stored draft). */
  worthKeeping?: (draft: D) => boolean;
  /** The element to scroll to for a field's error (a selector), or null to leave the page where it is. */
  fieldSelector?: (field: string) => string | null;
}

/** Error keys a change to `changed` makes stale: the field itself, its parts, and the path ending in it (`location.address`). */
export function clearedErrors(errors: FieldErrors, changed: string[]): FieldErrors {
  const stale = (key: string) =>
    key === '_' || changed.some((c) => key === c || key.startsWith(`${c}.`) || key.endsWith(`.${c}`));
  return Object.fromEntries(Object.entries(errors).filter(([key, text]) => text && !stale(key)));
}

/** The message shown above the button: the first field's, else the form's own. */
export const summaryOf = (errors: FieldErrors): string | null =>
  errors._ || Object.values(errors).find(Boolean) || null;

const read = <D>(key: string | undefined): D | undefined =>
  key ? (Taro.getStorageSync(key) as D | '') || undefined : undefined;

/**
 * The one form hook. Checks the whole draft against the domain schema in one
 * pass (every missing field marked at once, the page scrolled to the first),
 * ignores taps while a send is under way (a ref, so a double tap within one
 * frame is caught too), keeps the draft across Back and reload when asked, and
 * hands a success to `done` for the same navigation on every form.
 */
export function useForm<D extends object, I, R>(options: FormOptions<D, I, R>) {
  const opts = useRef(options);
  opts.current = options;
  const blank = () => {
    const { initial } = opts.current;
    return typeof initial === 'function' ? (initial as () => D)() : initial;
  };
  const [draft, setDraftState] = useState<D>(() => {
    const stored = read<D>(options.draftKey);
    return stored && (options.worthKeeping?.(stored) ?? true) ? { ...blank(), ...stored } : blank();
  });
  const [restored] = useState(() => Boolean(read<D>(options.draftKey)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  const keep = useCallback((next: D) => {
    const { draftKey, worthKeeping } = opts.current;
    if (!draftKey) return;
    if (worthKeeping?.(next) ?? true) Taro.setStorageSync(draftKey, next);
    else Taro.removeStorageSync(draftKey);
  }, []);

  /** Replaces the draft (e.g. loaded for editing) without touching errors. */
  const setDraft = useCallback(
    (next: D | ((old: D) => D)) => {
      // A plain value is the draft at once, so a submit right after it sends this value.
      if (typeof next !== 'function') latest.current = next;
      setDraftState((old) => {
        const value = typeof next === 'function' ? (next as (old: D) => D)(old) : next;
        latest.current = value;
        keep(value);
        return value;
      });
    },
    [keep],
  );

  /** Shows what is saved (loaded for editing): not a draft, so nothing is kept until the person changes it. */
  const load = useCallback((value: D) => {
    latest.current = value;
    setDraftState(value);
  }, []);

  const change = useCallback(
    (patch: Partial<D>) => {
      setDraft((old) => ({ ...old, ...patch }));
      setErrors((old) => clearedErrors(old, Object.keys(patch)));
    },
    [setDraft],
  );

  /** Marks errors the page found itself (a refused permission, a failed upload). */
  const fail = useCallback((found: FieldErrors) => setErrors((old) => ({ ...old, ...found })), []);

  const reset = useCallback(() => {
    const { draftKey } = opts.current;
    if (draftKey) Taro.removeStorageSync(draftKey);
    setDraftState(blank());
    setErrors({});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const show = (found: FieldErrors) => {
    setErrors(found);
    const first = Object.keys(found).find((k) => k !== '_' && found[k]);
    const selector = first ? opts.current.fieldSelector?.(first) : null;
    if (selector) scrollToField(selector);
  };

  /**
   * The tap handler. `choice` is what the tapped button itself says (which status a
   * transition goes to, 通过 or 不通过): it joins the draft for this send only and is
   * never kept, so one button's choice never lingers for another. Answers the
   * result, or null when the form, the person (at `confirm`) or the server refused it (the draft stays).
   */
  const submit = async (choice?: Partial<D>): Promise<R | null> => {
    if (sending.current) return null;
    const { schema, rules, toInput, send, done, first, confirm, draftKey } = opts.current;
    const current = choice ? { ...latest.current, ...choice } : latest.current;
    const input = toInput(current);
    const found = { ...rules?.(input, current), ...checkInput(schema, input) };
    if (Object.keys(found).length) {
      show(found);
      return null;
    }
    sending.current = true;
    // Before any await: WeChat shows a subscribe prompt only straight from the tap.
    const asked = first?.(current);
    setBusy(true);
    setErrors({});
    try {
      await Promise.resolve(asked).catch(() => undefined);
      // Still inside the guard: a tap while the question is open sends nothing either.
      if (confirm && !(await confirm(input, current))) return null;
      const result = await send(input, current);
      if (draftKey) Taro.removeStorageSync(draftKey);
      done?.(result, current);
      return result;
    } catch (e) {
      show({ ...(e instanceof ApiError ? e.fieldErrors : {}), _: declinedMessageOr(e, messageOf(e)) });
      return null;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return { draft, setDraft, load, change, errors, fail, message: summaryOf(errors), busy, submit, reset, restored };
}

export type Form<D extends object, R = unknown> = ReturnType<typeof useForm<D, unknown, R>>;
