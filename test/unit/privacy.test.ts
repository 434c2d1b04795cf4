import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { privacyGuidelineMarkdown } from '@domain/privacy/guideline';
import { PRIVACY_ITEMS } from '@domain/privacy/policy';

// app.config.ts calls Taro's compile-time global; here it is the identity.
(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const appConfig = require('../../src/app.config').default as unknown;

describe('privacy notice', () => {
  it('the filed guideline in docs/ is the one the app shows (run npm run privacy:guideline after a change)', () => {
    expect(readFileSync(join(__dirname, '../../docs/privacy-guideline.md'), 'utf8')).toBe(privacyGuidelineMarkdown());
  });

  it('declares every private API the notice names in app.config requiredPrivateInfos, and the privacy check', () => {
    const config = appConfig as { requiredPrivateInfos?: string[]; __usePrivacyCheck__?: boolean };
    expect(config.__usePrivacyCheck__).toBe(true);
    const declared = new Set(config.requiredPrivateInfos);
    for (const api of PRIVACY_ITEMS.flatMap((i) => i.apis).filter((a) => /location/i.test(a))) {
      expect(declared).toContain(api);
    }
  });
});
