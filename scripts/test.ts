/**
 * `npm test`: type-check, lint, make sure both client builds are current, then one
 * jest run over every project (unit, integration on the real store and HTTP host,
 * weapp under miniprogram-simulate, H5 in Chromium). Ends with one plain summary
 * line. The WeChat DevTools suite is separate and says whether it ran.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientIfStale, root, run } from './lib/builds';

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const step = (title: string) => console.log(`\n=== ${title} ===`);

step('type-check');
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint');
run('npm', ['run', '--silent', 'lint']);
step('client builds');
buildClientIfStale('weapp');
buildClientIfStale('h5');

step('jest');
const report = join(root, 'test-output', 'jest.json');
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const jest = spawnSync('npx', ['jest', '--ci', '--json', `--outputFile=${report}`, ...extra], {
  cwd: root,
  stdio: 'inherit',
});
let summary: JestSummary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8')) as JestSummary;
} catch {
  console.error('jest did not write a report');
  process.exit(jest.status ?? 1);
}

step('WeChat DevTools suite');
run('npx', ['tsx', 'test/devtools/run.ts']);

const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`);
// A skipped test is not a passing one.
process.exit(summary.success && summary.numPassedTests > 0 && skipped === 0 ? 0 : 1);
