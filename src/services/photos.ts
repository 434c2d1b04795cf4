import Taro from '@tarojs/taro';
import { REPORT_LIMITS } from '@domain/reports/limits';
import type { PhotoTicket, ReportPhoto } from '@domain/reports/types';
import { requirePrivacyConsent } from './privacy-consent';

export interface PreparedPhoto {
  contentType: 'image/jpeg' | 'image/png';
  /** weapp: the compressed copy's local path, uploaded with Taro.cloud.uploadFile. */
  path?: string;
  /** H5: the redrawn JPEG as base64, PUT to the local host. */
  data?: string;
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
  const bytes = Taro.getFileSystemManager().readFileSync(tempFilePath) as ArrayBuffer;
  if (bytes.byteLength > REPORT_LIMITS.photoBytes) throw new Error('照片太大，请换一张或裁剪后再试');
  return { path: tempFilePath, contentType: /\.png$/i.test(tempFilePath) ? 'image/png' : 'image/jpeg' };
}

/**
 * weapp: straight to cloud storage (WeChat's guidance: keep a call's data well
 * under 100 KB, upload files to storage), into this submission's folder; the
 * storage rules let the caller write only there. The preview is the local copy.
 */
export async function uploadPhoto(ticket: PhotoTicket, slot: number, photo: PreparedPhoto): Promise<ReportPhoto> {
  if (!photo.path) throw new Error('照片无法读取');
  const ext = photo.contentType === 'image/png' ? 'png' : 'jpg';
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `${ticket.folder}${slot}.${ext}`, filePath: photo.path });
  return { fileId: fileID, url: photo.path };
}
