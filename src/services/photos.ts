import Taro from '@tarojs/taro';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { requirePrivacyConsent } from './privacy-consent';

export interface PreparedPhoto {
  /** Base64 of the compressed image, ready for `reports.uploadPhoto`. */
  data: string;
  contentType: 'image/jpeg' | 'image/png';
}

/** weapp: the album or camera; the platform's compressed copy, compressed again before upload. */
export async function choosePhotos(count: number): Promise<string[]> {
  await requirePrivacyConsent('添加照片');
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] });
  return res.tempFiles.map((f) => f.tempFilePath);
}

export async function preparePhoto(path: string): Promise<PreparedPhoto> {
  const { tempFilePath } = await Taro.compressImage({
    src: path,
    quality: 60,
    compressedWidth: REPORT_LIMITS.photoMaxSide,
  });
  const data = Taro.getFileSystemManager().readFileSync(tempFilePath, 'base64') as string;
  if (data.length > (REPORT_LIMITS.photoBytes * 4) / 3) throw new Error('照片太大，请换一张或裁剪后再试');
  return { data, contentType: /\.png$/i.test(tempFilePath) ? 'image/png' : 'image/jpeg' };
}
