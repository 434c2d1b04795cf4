/**
 * `npm start`: builds the H5 app when its sources changed, then runs the cloud
 * functions on the local host with durable data in .data/ and serves the app.
 */
import { join, resolve } from 'node:path';
import { startLocalHost } from '../cloud/host/local';
import { buildClientIfStale, root } from './lib/builds';

async function main() {
  if (!process.argv.includes('--no-build')) buildClientIfStale('h5');
  const port = Number(process.env.PORT ?? 10086);
  const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
  const host = await startLocalHost({ dataDir, port, staticDir: join(root, 'dist/h5') });
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
