import {
  acceptedWindows,
  CODE_GRACE_MS,
  CODE_SKEW_MS,
  CODE_WINDOW_MS,
  codeWindow,
  formatScene,
  judgeWindow,
  parseScene,
  sceneFromScan,
  sixDigits,
  windowStart,
} from '@domain/activities/codes';
import { codeOfWindow, signatureMatches, signWindow } from '../../cloud/core/checkin-codes';

const w = 58_000_000;
const start = windowStart(w);

describe('check-in code windows', () => {
  it.each([
    ['at the window start', start, 'valid'],
    ['in the middle', start + CODE_WINDOW_MS / 2, 'valid'],
    ['just after the window, within grace', start + CODE_WINDOW_MS + CODE_GRACE_MS - 1, 'valid'],
    ['at the end of the grace', start + CODE_WINDOW_MS + CODE_GRACE_MS, 'valid'],
    ['one ms after the grace', start + CODE_WINDOW_MS + CODE_GRACE_MS + 1, 'expired'],
    ['two windows later (a replay)', start + 3 * CODE_WINDOW_MS, 'expired'],
    ['a screen a few seconds ahead (skew)', start - CODE_SKEW_MS, 'valid'],
    ['a screen far ahead', start - CODE_SKEW_MS - 1, 'early'],
  ] as const)('%s → %s', (_label, now, verdict) => {
    expect(judgeWindow(w, now)).toBe(verdict);
  });

  it.each([
    [start + 1000, [w, w - 1]],
    [start + CODE_WINDOW_MS - 2000, [w + 1, w, w - 1]],
    [start + CODE_WINDOW_MS / 2, [w, w - 1]],
  ])('at %d accepts windows %j', (now, windows) => {
    expect(codeWindow(now)).toBe(w);
    expect(acceptedWindows(now)).toEqual(windows);
  });

  it('derives six digits from the signature', () => {
    expect(sixDigits('000000000000000f4240ffff')).toBe('000000');
    expect(sixDigits('000000000000000f4241ffff')).toBe('000001');
    expect(sixDigits('ffffffffffffffffffff')).toMatch(/^\d{6}$/);
  });

  it('formats and parses scenes within 32 characters', () => {
    const signature = signWindow('s', 'Ab_c-12345', w);
    const scene = formatScene('Ab_c-12345', w, signature);
    expect(scene.length).toBeLessThanOrEqual(32);
    expect(parseScene(scene)).toEqual({ activityId: 'Ab_c-12345', window: w, signature: signature.slice(0, 12) });
    expect(parseScene(formatScene('abc', 'p', signature))?.window).toBe('p');
    expect(parseScene('abc.zz')).toBeNull();
    expect(parseScene('abc.1.XYZ')).toBeNull();
  });

  it.each([
    ['http://127.0.0.1:1/#/pages/activity/index?scene=abc.1.0123456789ab', 'abc.1.0123456789ab'],
    ['pages/activity/index?scene=abc.1.0123456789ab&x=1', 'abc.1.0123456789ab'],
    ['pages/activity/index?scene=abc%2E1.0123456789ab', 'abc.1.0123456789ab'],
    [' abc.1.0123456789ab ', 'abc.1.0123456789ab'],
  ])('reads the scene out of a scan result %s', (text, scene) => {
    expect(sceneFromScan(text)).toBe(scene);
  });
});

describe('code signatures (cloud core)', () => {
  it('differ by activity, window and secret, and verify only their own', () => {
    const a = codeOfWindow('secret', 'act1', w);
    expect(codeOfWindow('secret', 'act1', w)).toEqual(a);
    expect(codeOfWindow('secret', 'act2', w).scene).not.toBe(a.scene);
    expect(codeOfWindow('secret', 'act1', w + 1).code).not.toBe(a.code);
    expect(codeOfWindow('other', 'act1', w).scene).not.toBe(a.scene);
    const sig = parseScene(a.scene)!.signature;
    expect(signatureMatches('secret', 'act1', w, sig)).toBe(true);
    expect(signatureMatches('secret', 'act2', w, sig)).toBe(false);
    expect(signatureMatches('secret', 'act1', w + 1, sig)).toBe(false);
    expect(signatureMatches('secret', 'act1', w, 'short')).toBe(false);
  });
});
