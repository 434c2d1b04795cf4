/**
 * Taro's synchronous storage over one in-memory map, for hook tests that mock
 * `@tarojs/taro`: values go through JSON as on a phone, so a draft that would
 * not survive storage fails here too. In a mock factory (which runs before the
 * test's own imports) take `storageApi` with `jest.requireActual`; the test
 * imports `storage` to read or clear what was kept.
 */
export const storage = new Map<string, unknown>();

export const storageApi = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => storage.set(key, JSON.parse(JSON.stringify(value))),
  removeStorageSync: (key: string) => storage.delete(key),
};
