import * as v from 'valibot';
import { EARLIEST_MS, LATEST_MS } from './china-time';
import { AppError, type FieldErrors } from './errors';

/** Every schema the cloud functions accept is a valibot schema from the domain layer. */
export type Schema<T> = v.GenericSchema<unknown, T>;

/**
 * Validates a payload and turns valibot issues into Chinese field errors.
 * Messages are written on each schema (`v.string('请填写标题')`); this only maps
 * issue paths to field names.
 */
export function parseInput<T>(schema: Schema<T>, payload: unknown): T {
  const result = v.safeParse(schema, withDeclaredKeys(schema, payload));
  if (result.success) return result.output;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.issues) {
    const key = v.getDotPath(issue) ?? '_';
    if (!(key in fieldErrors)) fieldErrors[key] = issue.message;
  }
  const first = Object.values(fieldErrors)[0];
  throw new AppError('invalid_input', first ?? '提交的内容不正确', fieldErrors);
}

/**
 * valibot reports an absent key with the object's generic message; a key that is
 * present but undefined gets the field's own message ("请填写标题"), which is the
 * one a user can act on. So absent top-level keys are made present.
 */
function withDeclaredKeys(schema: unknown, payload: unknown): unknown {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const s = schema as { entries?: Record<string, unknown>; wrapped?: { entries?: Record<string, unknown> } };
  const entries = s.entries ?? s.wrapped?.entries;
  if (!entries) return payload;
  return { ...Object.fromEntries(Object.keys(entries).map((k) => [k, undefined])), ...payload };
}

/** Same rules as parseInput, for forms: field errors or null, never a throw. */
export function checkInput<T>(schema: Schema<T>, payload: unknown): FieldErrors | null {
  try {
    parseInput(schema, payload);
    return null;
  } catch (e) {
    return (e as AppError).fieldErrors ?? { _: (e as Error).message };
  }
}

/**
 * The shared field rules. Every schema in domain/ builds its fields from these,
 * so a phone, a name or a time is accepted by one form exactly when it is by
 * every other, and every message is Chinese.
 */

/** Mainland mobile numbers: 11 digits, 13x–19x. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

/** Lengths (UTF-16 units) the forms' `maxlength` and the schemas share. */
export const FIELD_LIMITS = {
  /** Long enough for 阿卜杜热合曼·阿卜杜克热木·买买提明·吐尔逊江 (22) and longer transliterated names. */
  personName: 30,
  unitName: 40,
} as const;

/** Control characters (but tab and line breaks), lone surrogates and bidi overrides: never part of real text. */
const HOSTILE_IN_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]|\p{Cs}/u;
/** In a name or unit also every format character (zero-width space and joiners) and line break. */
const HOSTILE_IN_NAME = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
/** What cannot be seen: whitespace, format characters and combining marks. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{M}\u3164\u115f\u1160\uffa0\u2800]/gu;
const visible = (s: string) => s.replace(INVISIBLE, '') !== '';

/** The middle dots people type between the parts of a name; all become `·` (U+00B7). */
const NAME_DOTS = /[•・･‧∙⋅\u30fb\u2027]/g;

/**
 * Free text: a trimmed string of `min`–`max` characters that someone can read;
 * refuses control characters, lone surrogates, bidi overrides and text made
 * only of invisible characters (zero-width spaces, blanks).
 */
export const text = (label: string, max: number, min = 1) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`),
    v.maxLength(max, `${label}不能超过 ${max} 个字`),
    v.check((s) => !HOSTILE_IN_TEXT.test(s), `${label}含有无法显示的字符，请删除后重新填写`),
    v.check(visible, `请填写${label}`),
  );

/** Free text that may be left empty (wrap in `v.optional` when it may be absent); otherwise the rules of `text`. */
export const textOrEmpty = (label: string, max: number) =>
  v.pipe(
    v.string(`${label}格式不正确`),
    v.trim(),
    v.maxLength(max, `${label}不能超过 ${max} 个字`),
    v.check((s) => !HOSTILE_IN_TEXT.test(s), `${label}含有无法显示的字符，请删除后重新填写`),
  );

/** A single-line name: no format characters or line breaks, dots normalised to `·`. */
const singleLine = (label: string, max: number) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.normalize('NFC'),
    v.transform((s) => s.replace(NAME_DOTS, '·')),
    v.trim(),
    v.minLength(1, `请填写${label}`),
    v.maxLength(max, `${label}不能超过 ${max} 个字`),
    v.check((s) => !HOSTILE_IN_NAME.test(s), `${label}含有无法显示的字符，请删除后重新填写`),
    v.check(visible, `请填写${label}`),
  );

/** A person's name, up to 30 characters; `•`, `・` and `‧` become `·`. */
export const personName = (label = '姓名') => singleLine(label, FIELD_LIMITS.personName);

/** A unit's or organisation's name, up to 40 characters. */
export const unitName = (label = '单位') => singleLine(label, FIELD_LIMITS.unitName);

/** An id of one of our records: letters, digits and `_:.-`, up to 64. */
export const id = (label: string) =>
  v.pipe(
    v.string(`缺少${label}`),
    v.minLength(1, `缺少${label}`),
    v.maxLength(64, `${label}格式不正确`),
    v.regex(/^[A-Za-z0-9_:.-]+$/, `${label}格式不正确`),
  );

/** A mainland mobile number (`PHONE_PATTERN`), spaces around it trimmed. */
export const phone = () =>
  v.pipe(v.string('请填写手机号'), v.trim(), v.regex(PHONE_PATTERN, '请填写正确的 11 位手机号'));

/** The earliest and latest instant (ms) any record may carry: 2000-01-01 and 2100-01-01. */
export { EARLIEST_MS, LATEST_MS };

/**
 * An instant in ms between 2000 and 2100: refuses 1e308, 9e15 and negative
 * times before they reach a date calculation.
 */
export const time = (label: string) =>
  v.pipe(
    v.number(`请选择${label}`),
    v.integer(`${label}不正确`),
    v.minValue(EARLIEST_MS, `${label}不正确`),
    v.maxValue(LATEST_MS, `${label}不正确`),
  );

/**
 * A calendar day written `YYYY-MM-DD` (China dates, as pickers give them) that
 * exists: 2026-02-30 is refused.
 */
export const day = (label: string) =>
  v.pipe(
    v.string(`请选择${label}`),
    v.trim(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 2026-06-16`),
    v.check((s) => {
      const [y, m, d] = s.split('-').map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    }, '没有这一天，请核对日期'),
  );

export const empty = v.optional(v.strictObject({}, '此操作不需要参数'), {});
