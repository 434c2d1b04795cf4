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
  /**
   * Fires a WXML event on the node as the platform would (`tap`, `input` with
   * `detail.value`…): the template's `bindtap="eh"` runs Taro's event handler.
   */
  dispatchEvent(name: string, options?: { detail?: Record<string, unknown> }): void;
}

interface RenderedPage extends RenderedNode {
  instance: TaroPageInstance;
  attach(parent: Element): void;
  detach(): void;
}

/** One call of a device API: `requestSubscribeMessage`, `redirectTo`, `cloud.callFunction`… */
export interface WxCall {
  api: string;
  /** The call's first argument without its callbacks (what the page asked for); a plain argument as `{ argument }`. */
  options: Record<string, unknown>;
}

/**
 * How a test answers a device API instead of the simulator's canned mock: the
 * value returned (or resolved) is the success result, a throw is the `fail`
 * result. `options` is what the page passed.
 */
export type Answer = (options: Record<string, unknown>) => unknown;

/** The phone under the page: every device API call in order, and the answers a test gives. */
export interface Device {
  /** Every `wx.*` and `wx.cloud.*` call since boot, in order. */
  readonly calls: WxCall[];
  /** Answers `api` (e.g. `chooseMedia`, `getLocation`) with `answer` from now on. */
  answer(api: string, answer: Answer): void;
  /** The phone's files (temp paths from the camera or a compression), read by `getFileSystemManager` and uploads. */
  readonly files: Map<string, Uint8Array>;
  /** What `wx.setStorageSync` kept (drafts, remembered profiles). */
  readonly storage: Map<string, unknown>;
  /**
   * The WXML runtime's warnings, one line each (e.g. "Template `tmpl_0_i` not found":
   * an element the build has no template for renders nothing on the phone).
   */
  readonly renderWarnings: string[];
  /** The page moves made since boot: `navigateTo`, `redirectTo`, `switchTab`, `reLaunch`, `navigateBack`. */
  navigations(): { api: string; route: string; query: Record<string, string> }[];
}

export interface OpenedPage {
  root: RenderedNode;
  instance: TaroPageInstance;
  /** The visible text of the first element matching `selector`, or '' when there is none. */
  text(selector: string): string;
  /** The visible text of every element matching `selector`, in document order. */
  texts(selector: string): string[];
  /** The first element matching `selector` (whose visible text contains `withText`, when given); throws if none. */
  find(selector: string, withText?: string): RenderedNode;
  /** Taps the element as a finger would, waits until the page settles, and answers the device calls the tap made. */
  tap(selector: string, withText?: string): Promise<WxCall[]>;
  /** Two taps in a row, the second before anything the first started has answered; answers the calls both made. */
  doubleTap(selector: string, withText?: string): Promise<WxCall[]>;
  /** Types `value` into an input or textarea (its `input` event), then waits until the page settles. */
  type(selector: string, value: string): Promise<void>;
  /** Waits until no cloud call is in flight and the rendered tree has stopped changing. */
  settle(): Promise<void>;
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

const NAVIGATIONS = new Set(['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack']);

export function assertWeappBuild(): void {
  if (!existsSync(join(WEAPP_DIST, 'app.json')) || !existsSync(join(WEAPP_DIST, 'app.js'))) {
    throw new Error(`No weapp build at ${WEAPP_DIST}: run npm run build:weapp first.`);
  }
}

/**
 * Boots the compiled app the way WeChat does: the shims below stand in for the
 * platform's globals, `app.js` pulls in runtime/taro/vendors/common and calls
 * `App()`, then `onLaunch`/`onShow` mount Taro's React root. Cloud calls go to
 * `bridge`, i.e. to the real functions in this process. The phone's clock is
 * frozen at the bridge's `now`, so the page and the functions agree on what
 * "today" and "started" mean.
 */
export function bootMiniProgram(bridge: CloudBridge): {
  device: Device;
  openPage(route: string, query?: Record<string, string>): Promise<OpenedPage>;
} {
  assertWeappBuild();
  freezeClock(bridge.now);
  let app: Options | undefined;
  const pages: TaroPageInstance[] = [];
  const registered = new Map<string, string>();
  let opened = 0;

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
  // Before app.js: Taro's runtime builds its API table from the keys of `wx` at start
  // and looks each one up again on every call, so the recorder below sees every call.
  const device = instrumentDevice(globals.wx, bridge);
  collectRenderWarnings(device.renderWarnings);

  require(join(WEAPP_DIST, 'app.js'));
  if (!app) throw new Error('dist/weapp/app.js did not call App(): is it a Taro weapp build?');
  const launch = { path: 'pages/home/index', query: {}, scene: 1001 };
  (app.onLaunch as Hook).call(app, launch);
  (app.onShow as Hook).call(app, launch);

  return {
    device,
    async openPage(route, query = {}) {
      const pagePath = join(WEAPP_DIST, route);
      if (!existsSync(`${pagePath}.js`)) throw new Error(`${route} is not in the weapp build at ${WEAPP_DIST}`);
      // load() compiles the page's WXML with the official compiler (wcc) over the
      // whole build, because the page only imports base.wxml's templates; it then
      // runs comp.js and the page's js, whose Page() call lands in the shim above.
      // Once per page, as WeChat registers it: simulate runs the js with `require`
      // and then deletes it from `require.cache`, which jest's module registry
      // ignores, so a second load() would find the module cached and no Page() call.
      const id =
        registered.get(route) ??
        simulate.load(pagePath, 'taro-page', {
          rootPath: WEAPP_DIST,
          // Taro's base.wxml compiles to more than wcc's default 1 MB of stdout.
          compilerOptions: { maxBuffer: 32 * 1024 * 1024 },
        });
      registered.set(route, id);
      const root = simulate.render(id);
      root.attach(document.createElement('page-host'));
      const instance = root.instance;
      instance.route = route;
      pages.push(instance);
      // WeChat hands onLoad the query as strings, a 小程序码's `scene` still URL-encoded.
      // Taro tags every page move with a `__key_` so two instances of one route have
      // distinct paths; the clock is frozen, so its timestamp cannot tell them apart.
      instance.onLoad({ ...query, __key_: String((opened += 1)) });
      instance.onShow();
      instance.onReady();
      const settled = () => settle(root, bridge);
      await settled();

      const textOf = (node: RenderedNode | undefined) => node?.dom?.textContent?.trim() ?? '';
      const find = (selector: string, withText?: string) => {
        const node = root
          .querySelectorAll(selector)
          .find((n) => withText === undefined || textOf(n).includes(withText));
        if (!node) {
          const what = withText === undefined ? selector : `${selector} with text "${withText}"`;
          throw new Error(`no ${what} on ${route}; the page shows:\n${textOf(root).slice(0, 1500)}`);
        }
        return node;
      };
      // The calls a gesture made: everything recorded from the gesture until the page settled.
      const during = async (gesture: () => void) => {
        const from = device.calls.length;
        gesture();
        await settled();
        return device.calls.slice(from);
      };
      return {
        root,
        instance,
        text: (selector) => textOf(root.querySelector(selector)),
        texts: (selector) => root.querySelectorAll(selector).map(textOf),
        find,
        tap: (selector, withText) => during(() => find(selector, withText).dispatchEvent('tap')),
        doubleTap: (selector, withText) =>
          during(() => {
            const node = find(selector, withText);
            node.dispatchEvent('tap');
            node.dispatchEvent('tap');
          }),
        async type(selector, value) {
          await during(() => find(selector).dispatchEvent('input', { detail: { value, cursor: value.length } }));
        },
        settle: settled,
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
 * Wraps every API of the simulator's `wx` mock so each call is recorded, and
 * lets a test answer any of them. Adds what the mock lacks or keeps no state
 * for: the cloud (calls and uploads to `bridge`), storage, and a file system
 * that photo paths, compression and uploads share.
 */
function instrumentDevice(wx: Record<string, unknown>, bridge: CloudBridge): Device {
  const calls: WxCall[] = [];
  const answers = new Map<string, Answer>();
  const files = new Map<string, Uint8Array>();
  const storage = new Map<string, unknown>();
  let copies = 0;

  const readFile = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`readFileSync:fail no such file or directory, open ${path}`);
    return bytes;
  };
  const builtIn: Record<string, (...args: never[]) => unknown> = {
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value))),
    removeStorageSync: (key: string) => void storage.delete(key),
    getFileSystemManager: () => ({
      readFileSync(path: string, encoding?: string) {
        const bytes = readFile(path);
        if (encoding === 'base64') return Buffer.from(bytes).toString('base64');
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      },
    }),
  };
  const builtInAnswers: Record<string, Answer> = {
    // The platform writes a new, smaller copy and answers its temp path.
    compressImage: ({ src }) => {
      const path = `wxfile://tmp/compressed-${(copies += 1)}${/\.\w+$/.exec(String(src))?.[0] ?? '.jpg'}`;
      files.set(path, readFile(String(src)));
      return { tempFilePath: path };
    },
  };

  const record = (api: string, options: unknown) => {
    // Sync APIs take plain arguments (`getStorageSync(key)`): kept as `{ argument }`.
    const given = options && typeof options === 'object' ? options : options === undefined ? {} : { argument: options };
    const plain = Object.fromEntries(Object.entries(given).filter(([, v]) => typeof v !== 'function'));
    calls.push({ api, options: plain });
  };
  /** Runs an answer the way the platform reports it: `success`/`fail`/`complete`, or a promise without callbacks. */
  const respond = (api: string, answer: Answer, options: Options = {}) => {
    const outcome = Promise.resolve().then(() => answer(options));
    const done = outcome.then(
      (result) => ({ errMsg: `${api}:ok`, ...(result as object) }),
      (error: unknown) => Promise.reject({ errMsg: `${api}:fail ${(error as Error)?.message ?? String(error)}` }),
    );
    const callbacks = ['success', 'fail', 'complete'].some((k) => typeof options[k] === 'function');
    if (!callbacks) return done;
    const call = (name: string, value: unknown) => (options[name] as ((v: unknown) => void) | undefined)?.(value);
    done.then(
      (res) => {
        call('success', res);
        call('complete', res);
      },
      (err: unknown) => {
        call('fail', err);
        call('complete', err);
      },
    );
    return undefined;
  };

  for (const [api, original] of Object.entries(wx)) {
    if (typeof original !== 'function' && !(api in builtIn)) continue;
    const fallback = builtIn[api] ?? (original as (...args: unknown[]) => unknown);
    wx[api] = (...args: unknown[]) => {
      record(api, args[0]);
      const answer = answers.get(api) ?? builtInAnswers[api];
      return answer ? respond(api, answer, args[0] as Options) : (fallback as (...a: unknown[]) => unknown)(...args);
    };
  }

  // The cloud is the one API this app needs that the simulator's mock does not have.
  const cloud = (api: string, run: (options: Options) => Promise<unknown>) => (options: Options) => {
    record(`cloud.${api}`, options);
    const answer = answers.get(`cloud.${api}`);
    return answer ? respond(`cloud.${api}`, answer, options) : run(options);
  };
  wx.cloud = {
    init: () => undefined,
    callFunction: cloud('callFunction', (o) => bridge.call({ name: String(o.name), data: o.data })),
    uploadFile: cloud('uploadFile', (o) =>
      bridge.upload({ cloudPath: String(o.cloudPath), bytes: readFile(String(o.filePath)) }),
    ),
  };

  return {
    calls,
    files,
    storage,
    renderWarnings: [],
    answer: (api, answer) => void answers.set(api, answer),
    navigations: () =>
      calls
        .filter((c) => NAVIGATIONS.has(c.api))
        .map((c) => {
          const [path, search = ''] = String(c.options.url ?? '').split('?');
          const query = Object.fromEntries(new URLSearchParams(search));
          // Taro tags each move with a random `__key_` to tell page instances apart.
          delete query.__key_;
          return { api: c.api, route: path.replace(/^\//, ''), query };
        }),
  };
}

/**
 * The WXML runtime reports a missing template through console.warn, called from
 * Taro's one-line minified bundle, which jest would print whole as the code
 * frame. Each warning is kept for tests and printed as its first line.
 */
function collectRenderWarnings(into: string[]): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const [first] = args;
    if (typeof first !== 'string' || !first.startsWith('WXMLRT_')) return warn(...args);
    const line = first.split('\n')[0];
    into.push(line);
    warn(`weapp render: ${line}`);
  };
}

/**
 * Only `Date` is faked: the simulator, React's scheduler and Taro's batching
 * keep real timers. The functions read the same frozen moment through the
 * bridge's clock, so "today" and "has started" agree on both sides.
 */
function freezeClock(now: number): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/**
 * Waits until the page stops changing: no cloud call in flight and the rendered
 * tree unchanged for a while. Taro batches setData after React commits, and the
 * first cloud call starts from an effect, so one quiet moment is not enough.
 * Counted in steps of real timers, because the page's `Date` is frozen.
 */
async function settle(root: RenderedNode, bridge: CloudBridge, timeoutMs = 10_000): Promise<void> {
  const quietMs = 150;
  const stepMs = 25;
  let waited = 0;
  let last = '';
  let quietFor = 0;
  while (quietFor < quietMs) {
    await simulate.sleep(stepMs);
    waited += stepMs;
    const html = root.dom?.innerHTML ?? '';
    quietFor = bridge.pending === 0 && html === last ? quietFor + stepMs : 0;
    last = html;
    if (waited > timeoutMs) {
      throw new Error(`the page kept changing for ${timeoutMs} ms; last render:\n${last.slice(0, 2000)}`);
    }
  }
}
