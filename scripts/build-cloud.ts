/**
 * `npm run build:cloud`: one CloudBase function folder per entry of FUNCTIONS,
 * `<out>/<name>/` with `index.js` (esbuild bundle, wx-server-sdk left to the
 * platform's `npm install`), `package.json` and `config.json` (the openapi calls
 * the function makes, and its timer trigger if it has one). A function folder with a `triggers.ts` exporting
 * `runTrigger` gets it wired for platform events (timers, message pushes).
 * The out dir is `dist/cloudfunctions` (project.config.json's cloudfunctionRoot)
 * unless CLOUD_OUT says otherwise. Only the generated files are overwritten, so
 * dependencies installed in a folder for local debugging survive a rebuild.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CloudFunction } from '../cloud/core/router';
import { FUNCTIONS } from '../cloud/functions/registry';

const root = resolve(__dirname, '..');
export const DEFAULT_OUT = join(root, 'dist', 'cloudfunctions');

/** Local-only code: its presence in a bundle means an import reached across the adapter boundary. */
const FORBIDDEN = ['better-sqlite3', 'dev-signin'];
const SDK_RANGE = '~4.0.2';

export interface BuiltFunction {
  name: string;
  bytes: number;
  openapi: string[];
  trigger: boolean;
}

/** The name a function's index exports it under: `exports` is reserved at a CommonJS module's top level. */
const exportedAs = (name: string) => (name === 'exports' ? 'exportsFn' : name);

function entrySource(name: string, trigger: boolean): string {
  const dir = `./cloud/functions/${name}`;
  const lines = [
    `import { ${exportedAs(name)} as fn } from '${dir}/index';`,
    `import { createCloudbaseMain } from './cloud/adapters/cloudbase/main';`,
  ];
  if (trigger) lines.push(`import { runTrigger } from '${dir}/triggers';`);
  lines.push(`export const main = createCloudbaseMain(fn${trigger ? ', { trigger: runTrigger }' : ''});`);
  return lines.join('\n');
}

async function buildOne(
  { name, openapi, timer }: Pick<CloudFunction, 'name' | 'openapi' | 'timer'>,
  outDir: string,
): Promise<BuiltFunction> {
  const dir = join(outDir, name);
  const outfile = join(dir, 'index.js');
  const trigger = existsSync(join(root, 'cloud', 'functions', name, 'triggers.ts'));
  mkdirSync(dir, { recursive: true });
  const result = await build({
    stdin: { contents: entrySource(name, trigger), resolveDir: root, sourcefile: `${name}.entry.ts`, loader: 'ts' },
    bundle: true,
    platform: 'node',
    // Outbound webhooks use fetch and AbortSignal.timeout: deploy on CloudBase's Node 18 runtime.
    target: 'node18',
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify: false,
    tsconfig: join(root, 'tsconfig.json'),
    outfile,
    metafile: true,
    logLevel: 'warning',
  });
  const text = readFileSync(outfile, 'utf8');
  const inputs = Object.keys(result.metafile.inputs);
  const found = FORBIDDEN.filter((word) => text.includes(word) || inputs.some((input) => input.includes(word)));
  if (found.length > 0) {
    throw new Error(`${name}: the bundle contains ${found.join(', ')} — local-only code reached a CloudBase function`);
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const pkg = { name, version, main: 'index.js', dependencies: { 'wx-server-sdk': SDK_RANGE } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const triggers = timer ? { triggers: [{ name: timer.name, type: 'timer', config: timer.cron }] } : {};
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify({ permissions: { openapi }, ...triggers }, null, 2)}\n`);
  return { name, bytes: statSync(outfile).size, openapi, trigger };
}

export async function buildCloud(outDir: string = DEFAULT_OUT): Promise<BuiltFunction[]> {
  return Promise.all(Object.values(FUNCTIONS).map((fn) => buildOne(fn, outDir)));
}

if (require.main === module) {
  const outDir = process.env.CLOUD_OUT ? resolve(process.env.CLOUD_OUT) : DEFAULT_OUT;
  const started = performance.now();
  buildCloud(outDir).then(
    (built) => {
      for (const fn of built) {
        const extras = [fn.trigger ? 'trigger' : '', fn.openapi.length ? `openapi: ${fn.openapi.join(', ')}` : '']
          .filter(Boolean)
          .join('; ');
        console.log(
          `${fn.name.padEnd(12)} ${(fn.bytes / 1024).toFixed(1).padStart(7)} KB${extras ? `  (${extras})` : ''}`,
        );
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`built ${built.length} cloud functions into ${outDir} in ${seconds} s`);
    },
    (error: unknown) => {
      console.error(`✖ cloud build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
