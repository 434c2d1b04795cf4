import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const KB = 1024;
/** Our own budget per package: past it, the first open on a slow network gets noticeably slower. */
export const BUDGET_BYTES = 512 * KB;
/** WeChat refuses to upload a main package or subpackage larger than this. */
export const LIMIT_BYTES = 2048 * KB;

export interface PackageSize {
  /** 'main', or the subpackage's root folder. */
  root: string;
  /** The subpackage's `name` in app.json, when it has one. */
  name?: string;
  files: number;
  bytes: number;
}

export interface PackageReport {
  packages: PackageSize[];
  totalBytes: number;
  totalFiles: number;
}

export type Verdict = 'ok' | 'over-budget' | 'over-limit';

interface SubPackageEntry {
  root?: unknown;
  name?: unknown;
}

/**
 * Sizes a built mini-program the way WeChat splits it: each subpackage is its
 * `root` folder from app.json, and the main package is everything else.
 */
export function measurePackages(distDir: string): PackageReport {
  const appJsonPath = join(distDir, 'app.json');
  if (!existsSync(appJsonPath)) throw new Error(`${appJsonPath} not found: is ${distDir} a weapp build?`);
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8')) as Record<string, unknown>;
  // WeChat accepts either spelling.
  const declared = (appJson.subPackages ?? appJson.subpackages ?? []) as SubPackageEntry[];
  const subpackages = declared.map((entry) => {
    if (typeof entry.root !== 'string' || entry.root.trim() === '') {
      throw new Error(`app.json lists a subpackage without a root: ${JSON.stringify(entry)}`);
    }
    const root = entry.root.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    if (!existsSync(join(distDir, root))) throw new Error(`subpackage root ${root} from app.json is not in ${distDir}`);
    const size: PackageSize = { root, files: 0, bytes: 0 };
    if (typeof entry.name === 'string' && entry.name !== '') size.name = entry.name;
    return size;
  });
  const main: PackageSize = { root: 'main', files: 0, bytes: 0 };

  for (const file of listFiles(distDir)) {
    const path = relative(distDir, file).split(sep).join('/');
    // Compare whole path segments so a sibling like `packageAExtra/` stays in the main package.
    const owner = subpackages.find((p) => path.startsWith(`${p.root}/`)) ?? main;
    owner.files += 1;
    owner.bytes += statSync(file).size;
  }

  const packages = [main, ...subpackages];
  return {
    packages,
    totalBytes: packages.reduce((sum, p) => sum + p.bytes, 0),
    totalFiles: packages.reduce((sum, p) => sum + p.files, 0),
  };
}

export function verdict(bytes: number): Verdict {
  if (bytes > LIMIT_BYTES) return 'over-limit';
  if (bytes > BUDGET_BYTES) return 'over-budget';
  return 'ok';
}

export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** A plain-text table, one row per package and a total, aligned for a terminal. */
export function formatTable(report: PackageReport): string {
  const rows = [
    ['package', 'files', 'size'],
    ...report.packages.map((p) => [p.name ? `${p.root} (${p.name})` : p.root, String(p.files), formatKB(p.bytes)]),
    ['total', String(report.totalFiles), formatKB(report.totalBytes)],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))))
    .map((cells) => cells.join('  ').trimEnd())
    .join('\n');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}
