import { AppError } from '@domain/common/errors';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { photoTicketInput, type SubmitReportInput } from '@domain/reports/schemas';
import type { PhotoTicket, ReportPhoto } from '@domain/reports/types';
import { stripPhotoMetadata } from '../../core/image-metadata';
import { keyedHash } from '../../core/keys';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { uploadFolderOf } from '../../core/uploads';
import { ownerKeyOf } from './access';

const reupload = () => new AppError('invalid_input', '照片需要重新上传', { photos: '照片需要重新上传' });

/** Where the caller's photos for this submission go; the same answer every time for the same submission. */
export const photoTicket = action({
  role: 'citizen',
  input: photoTicketInput,
  async run(input, { caller, runtime }): Promise<PhotoTicket> {
    const folder = uploadFolderOf(runtime.config.signingSecret, ownerKeyOf(runtime, caller.openid), input.clientKey);
    return { folder, maxBytes: REPORT_LIMITS.photoBytes };
  },
});

/**
 * A filed report's photos live under a folder derived from the report id alone:
 * nothing in the path is shared with the reporter's other reports.
 */
const reportPhotoFolder = (runtime: Runtime, reportId: string, kind = 'report-photos') =>
  `reports/${keyedHash(runtime.config.signingSecret, kind, reportId).slice(0, 24)}/`;

/**
 * Takes the submission's uploads into the report: each file id must name a slot
 * of the caller's own upload folder for this submission; each file must be a
 * JPEG or PNG within the size limit. Metadata (EXIF GPS, device, time) is
 * removed and the clean copy stored as `reports/<folder>/<n>.jpg|png`, n the
 * photo's position. Throws invalid_input (照片需要重新上传 …) otherwise.
 */
export async function takePhotos(
  runtime: Runtime,
  ownerKey: string,
  reportId: string,
  input: Pick<SubmitReportInput, 'clientKey' | 'photos'>,
  /** Which of the report's folders: the reporter's photos, or a handler's 整改照片 of one change (e.g. `rectification-closed`). */
  kind = 'report-photos',
): Promise<ReportPhoto[]> {
  if (new Set(input.photos).size !== input.photos.length) {
    throw new AppError('invalid_input', '照片重复', { photos: '照片重复' });
  }
  const folder = uploadFolderOf(runtime.config.signingSecret, ownerKey, input.clientKey);
  const target = reportPhotoFolder(runtime, reportId, kind);
  return Promise.all(
    input.photos.map(async (fileId, n) => {
      const path = runtime.files.pathOf(fileId);
      if (!path || !path.startsWith(folder) || !/^[0-8]\.(jpg|png)$/.test(path.slice(folder.length))) throw reupload();
      const bytes = await runtime.files.read(fileId);
      if (!bytes) throw reupload();
      if (bytes.length > REPORT_LIMITS.photoBytes) {
        const kb = Math.round(REPORT_LIMITS.photoBytes / 1024);
        throw new AppError('invalid_input', `单张照片不能超过 ${kb} KB，请压缩后重试`, {
          photos: `单张照片不能超过 ${kb} KB`,
        });
      }
      const clean = stripPhotoMetadata(bytes);
      if (!clean) {
        throw new AppError('invalid_input', '只能上传 JPG 或 PNG 照片', { photos: '只能上传 JPG 或 PNG 照片' });
      }
      const ext = clean.type === 'image/png' ? 'png' : 'jpg';
      return runtime.files.put(`${target}${n}.${ext}`, clean.bytes, clean.type);
    }),
  );
}

/** Best effort: the pending uploads a filed report no longer needs (the purge finds any left behind). */
export async function discardUploads(runtime: Runtime, fileIds: string[]): Promise<void> {
  await runtime.files.remove(fileIds).catch((error: unknown) => console.warn('[reports] uploads left behind', error));
}
