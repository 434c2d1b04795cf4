import * as v from 'valibot';
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

/** A required trimmed text field with a length limit, messages in the user's words. */
export const text = (label: string, max: number, min = 1) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`),
    v.maxLength(max, `${label}不能超过 ${max} 个字`),
  );

export const id = (label: string) =>
  v.pipe(
    v.string(`缺少${label}`),
    v.minLength(1, `缺少${label}`),
    v.maxLength(64, `${label}格式不正确`),
    v.regex(/^[A-Za-z0-9_:.-]+$/, `${label}格式不正确`),
  );

export const empty = v.optional(v.strictObject({}, '此操作不需要参数'), {});
