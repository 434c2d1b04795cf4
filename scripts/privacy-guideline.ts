/** `npm run privacy:guideline`: writes docs/privacy-guideline.md from the privacy items the app shows. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privacyGuidelineMarkdown } from '@domain/privacy/guideline';

const file = join(__dirname, '..', 'docs', 'privacy-guideline.md');
writeFileSync(file, privacyGuidelineMarkdown());
console.log(`written ${file}`);
