/**
 * `npm start`: builds the H5 app when its sources changed, then runs the cloud
 * functions on the local host with durable data in .data/ and serves the app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startLocalHost } from '../cloud/host/local';

const root = resolve(__dirname, '..');
const staticDir = join(root, 'dist/h5');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function h5IsStale(): boolean {
  const index = join(staticDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ['src', 'domain', 'config'].some((d) => newestMtime(join(root, d)) > built);
}

async function main() {
  if (process.argv.includes('--no-build')) {
    console.log('跳过 H5 构建 (--no-build)');
  } else if (h5IsStale()) {
    console.log('正在构建 H5 应用（约 30–60 秒）…');
    const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = Number(process.env.PORT ?? 10086);
  const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
  const host = await startLocalHost({ dataDir, port, staticDir });
  console.log(`\n安全生产月 本地环境已启动: ${host.url}/`);
  console.log(`数据目录: ${dataDir}（重启后保留）`);
  console.log('在「我的」页可切换演示身份：群众 / 组织者 / 管理员。按 Ctrl+C 退出。');
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
