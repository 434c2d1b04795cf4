/**
 * `npm run size`: builds the weapp in production mode (skip with --no-build),
 * then prints the main package and every subpackage in KB. Above our 512 KB
 * budget it warns; above WeChat's 2 MB per-package limit it exits 1, because
 * that build could not be uploaded.
 */
import { join } from 'node:path';
import { root, run } from './lib/builds';
import {
  BUDGET_BYTES,
  LIMIT_BYTES,
  formatKB,
  formatTable,
  measurePackages,
  verdict,
  type PackageReport,
} from './lib/package-size';

const dist = join(root, 'dist', 'weapp');

if (!process.argv.slice(2).includes('--no-build')) {
  console.log('building weapp (production)…');
  const started = Date.now();
  run('npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' });
  console.log(`built weapp in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

let report: PackageReport;
try {
  report = measurePackages(dist);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}

console.log(`weapp package sizes (${dist})\n`);
console.log(formatTable(report));

let overLimit = false;
for (const p of report.packages) {
  const label = p.root === 'main' ? 'main package' : `subpackage ${p.root}`;
  const state = verdict(p.bytes);
  if (state === 'over-limit') {
    overLimit = true;
    console.error(`✖ ${label} is ${formatKB(p.bytes)}, above WeChat's ${formatKB(LIMIT_BYTES)} limit per package`);
  } else if (state === 'over-budget') {
    console.warn(`⚠ ${label} is ${formatKB(p.bytes)}, above our ${formatKB(BUDGET_BYTES)} budget`);
  }
}
process.exit(overLimit ? 1 : 0);
