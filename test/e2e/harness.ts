/**
 * Shared set-up for the H5 suites in real Chromium: the built app served by the
 * local host on a free port with a throw-away data folder, one headless browser,
 * phone-sized pages and screenshots a person can look at after the run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { signInWithOpenid } from '../support/events';
import { startTestHost, type DevRole, type DevSession, type TestHost } from '../support/local-host';

const root = resolve(__dirname, '../..');
export const H5_DIR = join(root, 'dist/h5');
export const SCREENSHOT_DIR = join(root, 'test-output/screenshots');

/** An iPhone 12–14 sized viewport: what most people open the mini-program on. */
export const PHONE = { width: 390, height: 844 };

// Background services would reach for the internet (absent here) and slow every launch.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails the suite up front, with the fix, instead of as a blank page and a selector timeout. */
export function assertH5Built(dir = H5_DIR): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error('dist/h5/index.html is missing: run npm run build:h5 first');
  }
}

export interface E2E {
  host: TestHost;
  browser: Browser;
  /** A fresh browser profile (its own storage, so its own dev sign-in) with one page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** Opens an app route such as `/pages/article/index?id=x` through the hash router. */
  open(page: Page, route: string): Promise<void>;
  /** Uncaught errors any page threw; a suite asserts this stays empty. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * `env` configures the host like `npm start`'s environment (e.g. MEDIA_CHECK_VERDICT for the 待审核 desk);
 * `now` is the host's clock (ms), for a journey that goes on to the day of its session.
 */
export async function startE2E(options: { env?: NodeJS.ProcessEnv; now?: () => number } = {}): Promise<E2E> {
  assertH5Built();
  const host = await startTestHost({ staticDir: H5_DIR, env: options.env, now: options.now });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await host.stop();
    throw error;
  }
  const pageErrors: string[] = [];

  return {
    host,
    browser,
    pageErrors,
    async newPage() {
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      return { context, page };
    },
    async open(page, route) {
      await page.goto(`${host.host.url}/#${route}`);
    },
    async close() {
      await browser.close();
      await host.stop();
    },
  };
}

/**
 * A phone-sized browser profile holding `session` the way the app's dev sign-in
 * stores it (Taro storage format), so every page opens signed in as that person.
 */
export async function contextOf(
  browser: Browser,
  session: DevSession,
  role: DevRole,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', ...options });
  // Every page starts on about:blank, which has no storage.
  await context.addInitScript(
    (value) => {
      if (window.location.protocol === 'http:') localStorage.setItem('dev-session', value);
    },
    JSON.stringify({ data: { ...session, role } }),
  );
  return context;
}

/**
 * A phone-sized browser profile signed in as `role`: a new dev sign-in (a new
 * citizen each time; the demo organizer, handler or admin), or `session` when the
 * test also calls as that same person. Its pages' uncaught errors go to `pageErrors`.
 */
export async function contextAs(
  e2e: E2E,
  role: DevRole,
  { session, ...options }: BrowserContextOptions & { session?: DevSession } = {},
): Promise<BrowserContext> {
  const context = await contextOf(e2e.browser, session ?? (await signInWithOpenid(e2e.host, role)), role, options);
  context.on('page', (page) => page.on('pageerror', (error) => e2e.pageErrors.push(`${page.url()}: ${error.message}`)));
  return context;
}

/**
 * Saves what is on the phone screen as test-output/screenshots/<name>.png for a
 * human to review. Taro scrolls inside the page element, not the document, so
 * this is the viewport: scroll the part worth seeing into view first.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Lets entry transitions and web fonts settle so the picture shows what a person sees.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** A NutUI button by its text (its label span sits under the button's own box): tap() it. */
export const button = (scope: Page | Locator, text: string | RegExp): Locator =>
  scope.locator('.nut-button', { hasText: text });

/**
 * Taps what a person would tap. Playwright's own click misjudges the hit point
 * once a Taro page has scrolled (it reports taro-pull-to-refresh-core as covering
 * the target though a real click lands), so this scrolls the element to the
 * middle, waits until it stops moving (a pageScrollTo animation, a sheet sliding
 * in), checks nothing covers its centre, and clicks there with the mouse. A page
 * that moved between the look and the click is what a person sees and taps
 * again: the click is checked to have reached the target, and tried again if not.
 */
export async function tap(target: Locator): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await target.waitFor({ state: 'visible' });
    const covering = await target.evaluate(async (element) => {
      element.scrollIntoView({ block: 'center' });
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const where = () => JSON.stringify(element.getBoundingClientRect());
      // Still: the same box on three frames in a row (2 s at most).
      for (let seen = where(), still = 0, frames = 0; still < 3 && frames < 120; frames += 1) {
        await frame();
        const now = where();
        still = now === seen ? still + 1 : 0;
        seen = now;
      }
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!(hit && (hit === element || element.contains(hit)))) return hit?.outerHTML.slice(0, 120) ?? 'nothing';
      const w = window as unknown as { __tapLanded?: boolean };
      w.__tapLanded = false;
      document.addEventListener(
        'click',
        (event) => {
          w.__tapLanded = event.target instanceof Node && (event.target === element || element.contains(event.target));
        },
        { capture: true, once: true },
      );
      return null;
    });
    if (covering) throw new Error(`cannot tap ${target}: covered by ${covering}`);
    const box = await target.boundingBox();
    if (!box) throw new Error(`cannot tap ${target}: it has no box`);
    const page = target.page();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const landed = await page
      .evaluate(() => (window as unknown as { __tapLanded?: boolean }).__tapLanded !== false)
      .catch(() => true); // the tap navigated away: it landed
    if (landed) return;
    if (attempt === 3) throw new Error(`cannot tap ${target}: the page moved under three taps in a row`);
    console.warn(`tap ${target}: the page moved between the look and the click; tapping again`);
  }
}

/**
 * Answers the open Taro modal (Taro.showModal on H5) by the button's visible text,
 * e.g. 再想想 or 确认办结, and waits for it to close.
 */
export async function answerModal(page: Page, text: string): Promise<void> {
  const modal = page.locator('.taro__modal');
  await tap(modal.locator('.taro-model__btn').filter({ hasText: new RegExp(`^${text}$`) }));
  await modal.waitFor({ state: 'hidden' });
  // Taro hides the modal on a timer (fade, then display: none): wait until no part of it can take a tap.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.taro-modal__mask, .taro-modal__text')).every(
      (el) => el.getClientRects().length === 0,
    ),
  );
}

/** Waits until the page has drawn its data (no skeleton left) and answers what a person can read. */
export async function settledText(page: Page): Promise<string> {
  await page.waitForFunction(
    () => !document.querySelector('.nut-skeleton') && (document.body.innerText ?? '').trim().length > 0,
    undefined,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(200);
  return page.evaluate(() => document.body.innerText);
}
