/**
 * The committed project.config.json keeps `touristappid`; a developer's own
 * appid goes into the gitignored project.private.config.json, which WeChat
 * DevTools reads with precedence. WEAPP_APPID, when set, writes it.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const appid = process.env.WEAPP_APPID?.trim();
const file = join(__dirname, '..', 'project.private.config.json');

if (appid) {
  if (!/^wx[0-9a-f]{16}$/.test(appid)) {
    console.error(`WEAPP_APPID 格式不正确: ${appid}（应为 wx 开头的 18 位 appid）`);
    process.exit(1);
  }
  const current = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...current, appid }, null, 2)}\n`);
  console.log(`appid ${appid} → project.private.config.json`);
}
