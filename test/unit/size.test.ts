import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  BUDGET_BYTES,
  KB,
  LIMIT_BYTES,
  formatKB,
  formatTable,
  measurePackages,
  verdict,
} from '../../scripts/lib/package-size';

describe('measurePackages', () => {
  let dist: string;

  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'safety-month-size-'));
  });

  afterEach(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  function write(path: string, bytes: number): void {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), 'x'.repeat(bytes));
  }

  function writeAppJson(app: Record<string, unknown>): number {
    const text = JSON.stringify(app);
    writeFileSync(join(dist, 'app.json'), text);
    return Buffer.byteLength(text);
  }

  it('splits the build into the main package and each subpackage root', () => {
    const appJson = writeAppJson({
      pages: ['pages/home/index'],
      subPackages: [
        { root: 'packageOrganizer', name: 'organizer', pages: ['pages/edit/index'] },
        { root: 'packages/handler/', pages: ['pages/queue/index'] },
      ],
    });
    write('app.js', 1000);
    write('pages/home/index.js', 300);
    write('pages/home/index.wxml', 20);
    write('packageOrganizer/pages/edit/index.js', 700);
    write('packageOrganizer/pages/edit/index.wxml', 5);
    write('packages/handler/pages/queue/index.js', 400);
    // Same prefix, different folder: WeChat puts it in the main package.
    write('packageOrganizerShared/util.js', 50);
    write('packages/common.js', 60);

    const report = measurePackages(dist);

    expect(report.packages).toEqual([
      { root: 'main', files: 6, bytes: appJson + 1000 + 300 + 20 + 50 + 60 },
      { root: 'packageOrganizer', name: 'organizer', files: 2, bytes: 705 },
      { root: 'packages/handler', files: 1, bytes: 400 },
    ]);
    expect(report.totalFiles).toBe(9);
    expect(report.totalBytes).toBe(appJson + 1000 + 300 + 20 + 50 + 60 + 705 + 400);
  });

  it('counts everything as the main package when there are no subpackages', () => {
    const appJson = writeAppJson({ pages: ['pages/home/index'] });
    write('pages/home/index.js', 10);

    expect(measurePackages(dist).packages).toEqual([{ root: 'main', files: 2, bytes: appJson + 10 }]);
  });

  it('accepts the lower-case `subpackages` spelling', () => {
    writeAppJson({ pages: [], subpackages: [{ root: 'sub' }] });
    write('sub/a.js', 42);

    expect(measurePackages(dist).packages[1]).toEqual({ root: 'sub', files: 1, bytes: 42 });
  });

  it('refuses a folder that is not a build, and a subpackage the build lacks', () => {
    expect(() => measurePackages(dist)).toThrow(/app\.json not found/);
    writeAppJson({ pages: [], subPackages: [{ root: 'missing' }] });
    expect(() => measurePackages(dist)).toThrow(/subpackage root missing/);
    writeAppJson({ pages: [], subPackages: [{ pages: [] }] });
    expect(() => measurePackages(dist)).toThrow(/without a root/);
  });

  it('prints one row per package and the total, in KB', () => {
    writeAppJson({ pages: [], subPackages: [{ root: 'sub', name: 'handler' }] });
    write('sub/a.js', 2 * KB);

    const lines = formatTable(measurePackages(dist)).split('\n');

    expect(lines[0]).toMatch(/^package\s+files\s+size$/);
    expect(lines[1]).toMatch(/^main\s+1\s+0\.\d KB$/);
    expect(lines[2]).toMatch(/^sub \(handler\)\s+1\s+2\.0 KB$/);
    expect(lines[3]).toMatch(/^total\s+2\s+2\.\d KB$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('verdict', () => {
  it('warns past the 512 KB budget and fails past the 2 MB limit', () => {
    expect(verdict(0)).toBe('ok');
    expect(verdict(BUDGET_BYTES)).toBe('ok');
    expect(verdict(BUDGET_BYTES + 1)).toBe('over-budget');
    expect(verdict(LIMIT_BYTES)).toBe('over-budget');
    expect(verdict(LIMIT_BYTES + 1)).toBe('over-limit');
    expect(formatKB(LIMIT_BYTES)).toBe('2048.0 KB');
  });
});
