/**
 * Regenerates docs/screenshots/: every route of the route table at 390×844
 * (light), each as the role it is for, plus 我的 as every role, on the local host
 * with demo data. Needs the H5 build (npm run build:h5) and /usr/bin/chromium.
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { assertH5Built, contextOf, H5_DIR } from '../test/e2e/harness';
import { startTestHost, type DevRole } from '../test/support/local-host';
import { walkData, walkPages } from '../test/support/page-walk';

const OUT = resolve(__dirname, '../docs/screenshots');

async function main() {
  assertH5Built();
  mkdirSync(OUT, { recursive: true });
  const t = await startTestHost({ staticDir: H5_DIR });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const data = await walkData(t);
    const contexts = new Map<DevRole, BrowserContext>();
    const contextFor = async (role: DevRole) => {
      const context =
        contexts.get(role) ?? (await contextOf(browser, data.sessions[role], role, { colorScheme: 'light' }));
      contexts.set(role, context);
      return context;
    };
    const shots = [
      ...walkPages(data),
      ...(['organizer', 'handler', 'admin'] as const).map((role) => ({
        name: `me-${role}`,
        route: '/pages/me/index',
        role,
      })),
    ];
    for (const shot of shots) {
      const page = await (await contextFor(shot.role)).newPage();
      await page.goto(`${t.host.url}/#${shot.route}`);
      await page
        .waitForFunction(
          () => !document.querySelector('.nut-skeleton') && document.body.innerText.trim() !== '',
          undefined,
          {
            timeout: 15_000,
          },
        )
        .catch(() => undefined);
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(OUT, `${shot.name}.png`) });
      await page.close();
      console.log(`${shot.name}.png  ${shot.route} (${shot.role})`);
    }
  } finally {
    await browser.close();
    await t.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
