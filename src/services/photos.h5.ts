import Taro from '@tarojs/taro';
import type { Envelope } from '@domain/common/errors';
import { REPORT_LIMITS } from '@domain/reports/limits';
import type { PhotoTicket, ReportPhoto } from '@domain/reports/types';
import { ApiError, NETWORK_FAILED } from './api-error';
import { currentToken, signIn } from './dev-session';
import type { PreparedPhoto } from './photos';
import { requirePrivacyConsent } from './privacy-consent';

export type { PreparedPhoto } from './photos';

/** H5: the browser's file picker through Taro; files come back as blob URLs. */
export async function choosePhotos(count: number): Promise<string[]> {
  await requirePrivacyConsent('添加照片');
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album'] });
  return res.tempFiles.map((f) => f.tempFilePath);
}

/** Redraws the photo on a canvas as a JPEG no larger than the limit's longest side, which also drops its EXIF location. */
export async function preparePhoto(path: string): Promise<PreparedPhoto> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('照片无法读取'));
    img.src = path;
  });
  const scale = Math.min(1, REPORT_LIMITS.photoMaxSide / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('照片无法压缩');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const dataUrl = canvas.toDataURL('image/jpeg', 0.7);
  return { data: dataUrl.slice(dataUrl.indexOf(',') + 1), contentType: 'image/jpeg' };
}

/** H5: the local host's upload endpoint behind the same files port, with the storage rules' checks. */
export async function uploadPhoto(ticket: PhotoTicket, slot: number, photo: PreparedPhoto): Promise<ReportPhoto> {
  if (!photo.data) throw new Error('照片无法读取');
  const bytes = Uint8Array.from(atob(photo.data), (c) => c.charCodeAt(0));
  const token = currentToken() ?? (await signIn('citizen')).token;
  let envelope: Envelope<ReportPhoto>;
  try {
    const response = await fetch(`/files/${ticket.folder}${slot}.jpg`, {
      method: 'PUT',
      headers: { 'content-type': photo.contentType, authorization: `Bearer ${token}` },
      body: bytes,
    });
    envelope = (await response.json()) as Envelope<ReportPhoto>;
  } catch {
    throw new ApiError('network', NETWORK_FAILED);
  }
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.fieldErrors);
  return envelope.data;
}
