import Taro from '@tarojs/taro';

/** weapp: the in-app scanner; answers the scanned text (a 小程序码 gives its page path), or null when cancelled. */
export async function scanText(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true });
    return res.path || res.result || null;
  } catch {
    return null;
  }
}

export const canScan = true;
