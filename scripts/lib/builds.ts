import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(__dirname, '../..');
const SOURCES = ['src', 'domain', 'config', 'babel.config.js'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

/** A client build is stale when any of its sources changed after its marker file was written. */
export function isStale(target: 'h5' | 'weapp'): boolean {
  const marker = join(root, 'dist', target, target === 'h5' ? 'index.html' : 'app.json');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > built);
}

/** Runs a command in the repo, streaming its output; exits the process if it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

export function buildClientIfStale(target: 'h5' | 'weapp'): void {
  if (!isStale(target)) {
    console.log(`dist/${target} is up to date`);
    return;
  }
  console.log(`building ${target}…`);
  const started = Date.now();
  run('npx', ['taro', 'build', '--type', target]);
  console.log(`built ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
