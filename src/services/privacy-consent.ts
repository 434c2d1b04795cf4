import { ensurePrivacyConsent } from './privacy';

/** The person declined the privacy notice, so the private API was never called; the message says what is missing. */
export class PrivacyDeclined extends Error {
  constructor(use: string) {
    super(`需要您同意隐私保护指引后才能${use}`);
    this.name = 'PrivacyDeclined';
  }
}

/**
 * Every use of location or photos goes through here first: H5 shows the notice
 * (once per version), weapp lets the platform ask when the API is called.
 */
export async function requirePrivacyConsent(use: string): Promise<void> {
  if (!(await ensurePrivacyConsent())) throw new PrivacyDeclined(use);
}

/** The refusal's own message when the notice was declined, else `fallback` for the API's own failure. */
export function declinedMessageOr(error: unknown, fallback: string): string {
  return error instanceof PrivacyDeclined ? error.message : fallback;
}
