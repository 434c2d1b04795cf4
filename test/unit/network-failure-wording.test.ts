/**
 * Issue 13, tone: a request that never arrives reads the same on every path
 * that calls out, in a government service's words ("网络连接失败，请检查网络后
 * 重试", never "网络不给力"): a function call and a photo upload alike.
 */
import { ApiError, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { uploadPhoto } from '@/services/photos.h5';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { cloud: { callFunction: () => Promise.reject(new Error('request:fail timeout')) } },
}));
jest.mock('@/services/dev-session', () => ({ currentToken: () => 'token', signIn: jest.fn() }));
jest.mock('@/services/privacy-consent', () => ({ requirePrivacyConsent: () => Promise.resolve() }));

const WORDING = '网络连接失败，请检查网络后重试';

async function failureOf(run: () => Promise<unknown>): Promise<ApiError> {
  const error: unknown = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('a network failure reads the same everywhere', () => {
  const realFetch = global.fetch;
  beforeAll(() => {
    global.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  });
  afterAll(() => {
    global.fetch = realFetch;
  });

  it('on a function call', async () => {
    const error = await failureOf(() => callFunction('content', 'listThemes'));
    expect([error.code, error.message]).toEqual(['network', WORDING]);
  });

  it('on a photo upload (H5)', async () => {
    const ticket = { folder: 'uploads/p/s/' } as Parameters<typeof uploadPhoto>[0];
    const error = await failureOf(() => uploadPhoto(ticket, 0, { data: 'AAAA', contentType: 'image/jpeg' }));
    expect([error.code, error.message]).toEqual(['network', WORDING]);
  });

  it('a platform error is never shown in its own words or a casual tone', () => {
    expect(messageOf(new Error('request:fail timeout'))).toBe('操作未完成，请稍后重试');
  });
});
