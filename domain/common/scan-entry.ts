/**
 * How a printed code opens a page. One poster code is an ordinary link,
 * `https://<h5>/#/pages/event/index?scene=e%3Dabc`:
 * - a phone camera opens it as the H5 page, which reads `scene` from its URL;
 * - WeChat's scanner opens the mini-program (扫普通链接二维码打开小程序) and hands the
 *   page `q` = the whole link, URL-encoded once, plus `scancode_time` (seconds,
 *   ignored here). Source: developers.weixin.qq.com/miniprogram/introduction/qrcode,
 *   「二维码内容获取」: "在 onLoad 事件中提取 q 参数并自行 decodeURIComponent 一次".
 * - a 小程序码 hands over `scene` itself, URL-encoded.
 * Both the event page and the check-in page read their entry through here.
 */

/** Longer than any scene we print (32 for wxacode, 96 in our schemas): anything longer is garbage. */
const SCENE_MAX = 96;
const LINK_MAX = 2048;

/** What a page was opened with: a scene to act on, no code at all, or a code we cannot read. */
export type ScanEntry = { kind: 'scene'; scene: string } | { kind: 'none' } | { kind: 'invalid' };

/** The page's query parameters as Taro's `useRouter().params` gives them. */
export type EntryParams = Partial<Record<string, string>>;

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The `scene` parameter of a link (in its query or in the query after `#/page`),
 * decoded once; null when the link has none or it is malformed.
 */
export function sceneInLink(link: string): string | null {
  const m = /[?&]scene=([^&#]*)/.exec(link);
  if (!m) return null;
  const scene = decodeOnce(m[1].replace(/\+/g, ' '));
  return scene && scene.length <= SCENE_MAX ? scene : null;
}

/**
 * The scene a page was opened with. `q` (an ordinary link QR scanned in
 * WeChat) wins over `scene`; `accepts` is the page's own check of the scene
 * (e.g. `decodeScene` for events); a code that fails it, or cannot be
 * decoded, is `invalid`: the page says 二维码无效 and offers the way home.
 */
export function scanEntry(params: EntryParams, accepts: (scene: string) => boolean): ScanEntry {
  let scene: string | null;
  if (params.q !== undefined && params.q !== '') {
    // Decoded once, as WeChat documents; a q that already reads as a link was decoded by the framework.
    const link = /^https?:\/\//i.test(params.q) ? params.q : decodeOnce(params.q);
    scene = link && link.length <= LINK_MAX ? sceneInLink(link) : null;
  } else if (params.scene !== undefined && params.scene !== '') {
    scene = decodeOnce(params.scene);
  } else {
    return { kind: 'none' };
  }
  if (!scene || scene.length > SCENE_MAX || !accepts(scene.trim())) return { kind: 'invalid' };
  return { kind: 'scene', scene: scene.trim() };
}

/** The message a page shows for an `invalid` entry. */
export const INVALID_CODE = '二维码无效';
