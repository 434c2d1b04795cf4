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

/** What a person reads when the request never reached us (offline, timed out), on every path that calls out. */
export const NETWORK_FAILED = '网络连接失败，请检查网络后重试';

/** Anything that is not an ApiError: a platform's error text is not written for the person reading it. */
export const UNKNOWN_FAILURE = '操作未完成，请稍后重试';

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : UNKNOWN_FAILURE;
}

/** Field errors to show next to a form's fields, or the message under `_` when the error names no field. */
export function formErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError && Object.keys(error.fieldErrors).length
    ? error.fieldErrors
    : { _: messageOf(error) };
}
