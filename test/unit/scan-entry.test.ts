import { parseScene, sceneFromScan } from '@domain/activities/codes';
import { scanEntry, sceneInLink } from '@domain/common/scan-entry';
import { decodeScene, encodeScene } from '@domain/events/rules';

/** The printed code: the local QR adapter's link format (cloud/adapters/local/qrcodes.ts). */
const link = (page: string, scene: string) => `https://safety.example.cn/#/${page}?scene=${encodeURIComponent(scene)}`;
/** What WeChat hands the page for an ordinary link QR: q, URL-encoded once, and scancode_time in seconds. */
const wechat = (url: string) => ({ q: encodeURIComponent(url), scancode_time: '1781573400' });

const isEvent = (s: string) => decodeScene(s) !== null;
const isCheckin = (s: string) => parseScene(s) !== null;

describe('a printed venue code opens the page in any scanner', () => {
  const eventScene = encodeScene('ev0123')!;
  const checkinScene = 'act01.p.0123456789ab';

  it.each([
    ['WeChat scanning the printed link (q)', wechat(link('pages/event/index', eventScene))],
    ['q the framework already decoded', { q: link('pages/event/index', eventScene) }],
    ['a phone camera opening the H5 link (scene)', { scene: encodeURIComponent(eventScene) }],
    ['the H5 router handing scene over decoded', { scene: eventScene }],
    ['a 小程序码 (scene, URL-encoded)', { scene: 'e%3Dev0123' }],
  ])('the event page reads %s', (_how, params) => {
    expect(scanEntry(params, isEvent)).toEqual({ kind: 'scene', scene: 'e=ev0123' });
    expect(decodeScene('e=ev0123')).toBe('ev0123');
  });

  it('the check-in page reads the same kinds of entry', () => {
    for (const params of [
      wechat(link('pages/activity/index', checkinScene)),
      { scene: encodeURIComponent(checkinScene) },
    ])
      expect(scanEntry(params, isCheckin)).toEqual({ kind: 'scene', scene: checkinScene });
  });

  it('decodes q once: a scene that itself contains an escaped % stays as printed', () => {
    const url = 'https://safety.example.cn/#/pages/event/index?scene=e%3Dab%2525';
    expect(scanEntry(wechat(url), () => true)).toEqual({ kind: 'scene', scene: 'e=ab%25' });
  });

  it.each([
    ['q that is not a link', { q: 'hello' }],
    ['q with broken percent-encoding', { q: '%E0%A4%A' }],
    ['a link without a scene', wechat('https://safety.example.cn/#/pages/event/index')],
    ['a link to another site', wechat('https://example.com/?id=1')],
    ['a check-in code on the event page', wechat(link('pages/event/index', checkinScene))],
    ['an event code on the check-in page', { scene: encodeURIComponent(eventScene) }, isCheckin],
    ['a scene with broken percent-encoding', { scene: 'e%3Dab%' }],
    ['an overlong scene', { scene: `e=${'a'.repeat(200)}` }],
    ['an overlong q', wechat(link('pages/event/index', eventScene) + '&x='.repeat(2000))],
  ])('%s is 二维码无效', (_what, params, accepts = isEvent) => {
    expect(scanEntry(params as Record<string, string>, accepts)).toEqual({ kind: 'invalid' });
  });

  it('no code at all is neither a scene nor invalid', () => {
    expect(scanEntry({ id: 'ev0123' }, isEvent)).toEqual({ kind: 'none' });
    expect(scanEntry({ q: '', scene: '' }, isEvent)).toEqual({ kind: 'none' });
  });

  it('reads the scene of a scanned text without throwing', () => {
    expect(sceneInLink('https://x/#/pages/activity/index?scene=%E0%A4%A')).toBeNull();
    expect(sceneFromScan('https://x/#/pages/activity/index?scene=%E0%A4%A')).toBe(
      'https://x/#/pages/activity/index?scene=%E0%A4%A',
    );
    expect(sceneFromScan(link('pages/activity/index', checkinScene))).toBe(checkinScene);
    expect(sceneFromScan(` ${checkinScene} `)).toBe(checkinScene);
  });
});
