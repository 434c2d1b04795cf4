/**
 * The one error shape every cloud-function action answers with. The client shows
 * `message` to the user and `fieldErrors` next to the matching form fields.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_action'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  /** Nothing filed: the text describes a danger happening now; call 119/110/120 (domain/reports/emergency.ts). */
  | 'emergency'
  | 'internal';

export type FieldErrors = Record<string, string>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  toBody(): ErrorBody {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what}不存在或已删除`);
export const forbidden = (message = '没有权限进行此操作') => new AppError('forbidden', message);
