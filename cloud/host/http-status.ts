import type { ErrorCode } from '@domain/common/errors';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_action: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  // Refused as a report, not as input: the request was understood, the answer is "call now".
  emergency: 422,
  internal: 500,
};
