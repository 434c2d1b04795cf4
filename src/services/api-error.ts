import type { ErrorCode, FieldErrors } from '@domain/common/errors';

/** A failed call as the UI sees it: a Chinese message, and field errors for forms. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : '出了点问题，请稍后再试';
}

/** Field errors to show next to a form's fields, or the message under `_` when the error names no field. */
export function formErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError && Object.keys(error.fieldErrors).length
    ? error.fieldErrors
    : { _: messageOf(error) };
}
