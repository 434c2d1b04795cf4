/**
 * The WeChat DevTools suite (miniprogram-automator) needs DevTools, which has no
 * Linux build. It runs when WECHAT_DEVTOOLS_CLI points at the DevTools CLI and
 * says plainly that it did not run otherwise; it is not counted by `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const cli = process.env.WECHAT_DEVTOOLS_CLI;
if (!cli || !existsSync(cli)) {
  console.log('WeChat DevTools suite NOT run: set WECHAT_DEVTOOLS_CLI to the DevTools CLI path to run test/devtools.');
  process.exit(0);
}
const result = spawnSync('npx', ['jest', '--selectProjects', 'devtools'], {
  stdio: 'inherit',
  cwd: join(__dirname, '../..'),
});
process.exit(result.status ?? 1);
