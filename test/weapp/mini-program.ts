import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CloudBridge } from './cloud-bridge';

/**
 * The slice of miniprogram-simulate used here. Its own typings pull in
 * miniprogram-api-typings, whose globals (`declare const require: Require`…)
 * would retype every Node file in this single-program tsconfig.
 */
interface Simulate {
  load(path: string, tagName: string, options: { rootPath: string; compilerOptions: { maxBuffer: number } }): string;
  render(id: string): RenderedPage;
  sleep(ms: number): Promise<void>;
}
const simulate = require('miniprogram-simulate') as Simulate;

/** Taro's compiled weapp output: what WeChat actually loads, not our sources. */
export const WEAPP_DIST = resolve(__dirname, '../../dist/weapp');

type Options = Record<string, unknown>;
type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** The lifecycle Taro's `createPageConfig` gives every page. */
export interface TaroPageInstance {
  route: string;
  onLoad(query: Record<string, string>): void;
  onShow(): void;
  onReady(): void;
  onUnload(): void;
}

/** A j-component node: the page itself or any element inside it. */
export interface RenderedNode {
  readonly dom: HTMLElement | undefined;
  querySelector(selector: string): RenderedNode | undefined;
  querySelectorAll(selector: string): RenderedNode[];
}

interface RenderedPage extends RenderedNode {
  instance: TaroPageInstance;
  attach(parent: Element): void;
  detach(): void;
}

export interface OpenedPage {
  root: RenderedNode;
  instance: TaroPageInstance;
  /** The visible text of the first element matching `selector`, or '' when there is none. */
  text(selector: string): string;
  /** The visible text of every element matching `selector`, in document order. */
  texts(selector: string): string[];
  close(): void;
}

/** The globals WeChat's JS engine provides and Taro's compiled bundles call as free variables. */
interface MiniProgramGlobals {
  App: (options: Options) => void;
  getApp: () => Options | undefined;
  Page: (options: Options) => void;
  getCurrentPages: () => unknown[];
  /** miniprogram-simulate's constructor; it reads the component being loaded from its own state. */
  Component: (definition: Options) => void;
  wx: Record<string, unknown> & { cloud?: unknown };
}

const globals = globalThis as unknown as MiniProgramGlobals;

export function assertWeappBuild(): void {
  if (!existsSync(join(WEAPP_DIST, 'app.json')) || !existsSync(join(WEAPP_DIST, 'app.js'))) {
    throw new Error(`No weapp build at ${WEAPP_DIST}: run npm run build:weapp first.`);
  }
}

/**
 * Boots the compiled app the way WeChat does: the shims below stand in for the
 * platform's globals, `app.js` pulls in runtime/taro/vendors/common and calls
 * `App()`, then `onLaunch`/`onShow` mount Taro's React root. Cloud calls go to
 * `bridge`, i.e. to the real functions in this process.
 */
export function bootMiniProgram(bridge: CloudBridge): { openPage(route: string): Promise<OpenedPage> } {
  assertWeappBuild();
  let app: Options | undefined;
  const pages: TaroPageInstance[] = [];

  globals.App = (options) => {
    app = options;
  };
  globals.getApp = () => app;
  globals.getCurrentPages = () => [...pages];
  // A page is a component in miniprogram-simulate, so its hooks must be methods
  // (the same shape WeChat accepts for pages built with Component()). Taro's page
  // config is flat: data plus functions (onLoad…, `eh` for every template event).
  globals.Page = (options) => {
    const methods: Record<string, Hook> = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value as Hook;
    globals.Component({ data: options.data, methods });
  };
  // miniprogram-simulate already installed its mock of the device APIs (getSystemInfoSync,
  // getWindowInfo, nextTick, canIUse…), which is all Taro's runtime reads on start; the
  // cloud is the one API this app needs that the mock does not have.
  globals.wx.cloud = {
    init: () => undefined,
    callFunction: (request: { name: string; data: unknown }) => bridge.call(request),
  };

  require(join(WEAPP_DIST, 'app.js'));
  if (!app) throw new Error('dist/weapp/app.js did not call App(): is it a Taro weapp build?');
  const launch = { path: 'pages/home/index', query: {}, scene: 1001 };
  (app.onLaunch as Hook).call(app, launch);
  (app.onShow as Hook).call(app, launch);

  return {
    async openPage(route) {
      const pagePath = join(WEAPP_DIST, route);
      if (!existsSync(`${pagePath}.js`)) throw new Error(`${route} is not in the weapp build at ${WEAPP_DIST}`);
      // load() compiles the page's WXML with the official compiler (wcc) over the
      // whole build, because the page only imports base.wxml's templates; it then
      // runs comp.js and the page's js, whose Page() call lands in the shim above.
      const id = simulate.load(pagePath, 'taro-page', {
        rootPath: WEAPP_DIST,
        // Taro's base.wxml compiles to more than wcc's default 1 MB of stdout.
        compilerOptions: { maxBuffer: 32 * 1024 * 1024 },
      });
      const root = simulate.render(id);
      root.attach(document.createElement('page-host'));
      const instance = root.instance;
      instance.route = route;
      pages.push(instance);
      instance.onLoad({});
      instance.onShow();
      instance.onReady();
      await settle(root, bridge);

      const textOf = (node: RenderedNode | undefined) => node?.dom?.textContent?.trim() ?? '';
      return {
        root,
        instance,
        text: (selector) => textOf(root.querySelector(selector)),
        texts: (selector) => root.querySelectorAll(selector).map(textOf),
        close() {
          instance.onUnload();
          root.detach();
          pages.splice(pages.indexOf(instance), 1);
        },
      };
    },
  };
}

/**
 * Waits until the page stops changing: no cloud call in flight and the rendered
 * tree unchanged for a while. Taro batches setData after React commits, and the
 * first cloud call starts from an effect, so one quiet moment is not enough.
 */
async function settle(root: RenderedNode, bridge: CloudBridge, timeoutMs = 10_000): Promise<void> {
  const quietMs = 150;
  const stepMs = 25;
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let quietFor = 0;
  while (quietFor < quietMs) {
    await simulate.sleep(stepMs);
    const html = root.dom?.innerHTML ?? '';
    quietFor = bridge.pending === 0 && html === last ? quietFor + stepMs : 0;
    last = html;
    if (Date.now() > deadline) {
      throw new Error(`the page kept changing for ${timeoutMs} ms; last render:\n${last.slice(0, 2000)}`);
    }
  }
}
