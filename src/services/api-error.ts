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
