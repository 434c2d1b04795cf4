import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FUNCTIONS } from '../../cloud/functions/registry';

const root = resolve(__dirname, '../..');

/**
 * Stands in for wx-server-sdk next to the bundles (it is installed by CloudBase
 * on deploy). The WX context is whatever the probe sets; the database refuses
 * every call, so a probe reaching it shows up as that error.
 */
const SDK_STUB = `
exports.DYNAMIC_CURRENT_ENV = Symbol('current env');
exports.initCalls = [];
exports.init = (config) => exports.initCalls.push(config);
exports.getWXContext = () => globalThis.wxContext;
const refuse = () => { throw new Error('stub database'); };
exports.database = () => ({ command: {}, collection: refuse, runTransaction: refuse });
exports.openapi = {};
exports.uploadFile = refuse;
exports.getTempFileURL = refuse;
`;

/** Loads every bundle in a plain Node process, as CloudBase does, and calls `main` as a client and as a timer. */
const PROBE = `
const sdk = require('wx-server-sdk');
const [outDir, actions] = [process.argv[1], JSON.parse(process.argv[2])];
const call = async (main, context, event) => {
  globalThis.wxContext = context;
  try { return await main(event, {}); } catch (error) { return { threw: error.message }; }
};
(async () => {
  const report = {};
  for (const [name, action] of Object.entries(actions)) {
    const { main } = require(outDir + '/' + name + '/index.js');
    const client = { OPENID: 'o-real', SOURCE: 'wx_client' };
    const before = sdk.initCalls.length;
    report[name] = {
      main: typeof main,
      unknownAction: await call(main, client, { action: 'noSuchAction', payload: {}, userInfo: { openId: 'o-forged' } }),
      noIdentity: await call(main, { OPENID: '', SOURCE: 'wx_client' }, { action, userInfo: { openId: 'o-forged' } }),
      timerFromClient: await call(main, client, { Type: 'Timer' }),
      timer: await call(main, { SOURCE: 'wx_trigger' }, { Type: 'Timer' }),
      inits: sdk.initCalls.length - before,
    };
  }
  process.stdout.write(JSON.stringify(report));
})();
`;

interface Probe {
  main: string;
  unknownAction: { ok: boolean; error?: { code: string } };
  noIdentity: { ok: boolean; error?: { code: string } };
  timerFromClient: { ok: boolean; error?: { code: string } };
  timer: { ok?: boolean; error?: { code: string }; threw?: string };
  inits: number;
}

describe('npm run build:cloud', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'cloud-build-'));
  const names = Object.keys(FUNCTIONS);
  let buildOutput = '';
  let probe: Record<string, Probe> = {};

  beforeAll(() => {
    const build = spawnSync('npx', ['tsx', 'scripts/build-cloud.ts'], {
      cwd: root,
      env: { ...process.env, CLOUD_OUT: outDir },
      encoding: 'utf8',
    });
    buildOutput = build.stdout;
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}${build.stdout}`);
    const stub = join(outDir, 'node_modules', 'wx-server-sdk');
    mkdirSync(stub, { recursive: true });
    writeFileSync(join(stub, 'index.js'), SDK_STUB);
    const actions = Object.fromEntries(
      names.map((n) => [n, Object.keys(FUNCTIONS[n as keyof typeof FUNCTIONS].actions)[0]]),
    );
    const run = spawnSync(process.execPath, ['-e', PROBE, outDir, JSON.stringify(actions)], {
      cwd: outDir,
      env: { PATH: process.env.PATH, SIGNING_SECRET: 'test-secret' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`probe failed: ${run.stderr}`);
    probe = JSON.parse(run.stdout) as Record<string, Probe>;
  });

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('reports every function with its size and the build time', () => {
    for (const name of names) expect(buildOutput).toMatch(new RegExp(`^${name}\\s+[\\d.]+ KB`, 'm'));
    expect(buildOutput).toMatch(/built \d+ cloud functions into .* in [\d.]+ s/);
  });

  it.each(Object.keys(FUNCTIONS))('%s: package.json and config.json as CloudBase expects them', (name) => {
    const pkg = JSON.parse(readFileSync(join(outDir, name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toEqual({
      name,
      version: expect.any(String),
      main: 'index.js',
      dependencies: { 'wx-server-sdk': '~4.0.2' },
    });
    const config = JSON.parse(readFileSync(join(outDir, name, 'config.json'), 'utf8')) as unknown;
    const { openapi, timer } = FUNCTIONS[name as keyof typeof FUNCTIONS];
    // A timer fires only into a function whose triggers.ts answers it.
    expect(Boolean(timer)).toBe(existsSync(join(__dirname, '../../cloud/functions', name, 'triggers.ts')));
    expect(config).toEqual({
      permissions: { openapi },
      ...(timer ? { triggers: [{ name: timer.name, type: 'timer', config: timer.cron }] } : {}),
    });
  });

  it('keeps the XLSX writer in the exports function only, so the functions a crowd hits stay small', () => {
    const sizeOf = (name: string) => readFileSync(join(outDir, name, 'index.js')).length;
    for (const name of names.filter((n) => n !== 'exports')) {
      const bundle = readFileSync(join(outDir, name, 'index.js'), 'utf8');
      expect([name, bundle.includes('write-excel-file')]).toEqual([name, false]);
      // Sizes are guards, not targets: before the split events and checkins were ~2 MB with SheetJS inside.
      expect([name, sizeOf(name) < 400 * 1024]).toEqual([name, true]);
    }
    expect(readFileSync(join(outDir, 'exports', 'index.js'), 'utf8')).toContain('write-excel-file');
  });

  it.each(Object.keys(FUNCTIONS))(
    '%s: the bundle holds no local-only code and leaves wx-server-sdk external',
    (name) => {
      const bundle = readFileSync(join(outDir, name, 'index.js'), 'utf8');
      expect(bundle).not.toContain('better-sqlite3');
      expect(bundle).not.toContain('dev-signin');
      expect(bundle).toContain('require("wx-server-sdk")');
    },
  );

  it.each(Object.keys(FUNCTIONS))('%s: exports main, which routes, takes identity only from the WX context', (name) => {
    const result = probe[name];
    expect(result.main).toBe('function');
    expect(result.unknownAction).toMatchObject({ ok: false, error: { code: 'unknown_action' } });
    // The event's userInfo names someone, but without a WX openid the caller is nobody.
    expect(result.noIdentity).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // A client cannot pass itself off as the timer: its event goes to the router, which wants an action.
    expect(result.timerFromClient).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.inits).toBe(1);
  });

  it.each(Object.keys(FUNCTIONS))('%s: platform events reach runTrigger when the function has one', (name) => {
    const routerAnswer = { ok: false, error: { code: 'invalid_input' } };
    if (existsSync(join(root, 'cloud', 'functions', name, 'triggers.ts'))) {
      // The trigger ran: here it reads the stub database, which refuses.
      expect(probe[name].timer).toEqual({ threw: 'stub database' });
    } else {
      expect(probe[name].timer).toMatchObject(routerAnswer);
    }
  });
});
