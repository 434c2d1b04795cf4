import type { FilesPort, StoredFile } from '../../ports/side-effects';
import type { WxStorage } from './types';

/** Cloud storage. The answer's URL is temporary (getTempFileURL), so callers keep the fileId. */
export class CloudFiles implements FilesPort {
  constructor(private readonly storage: WxStorage) {}

  // uploadFile takes no content type: storage serves the file by its extension.
  async put(path: string, content: Buffer, _contentType?: string): Promise<StoredFile> {
    const { fileID } = await this.storage.uploadFile({ cloudPath: path.replace(/^\/+/, ''), fileContent: content });
    return { fileId: fileID, url: await this.url(fileID) };
  }

  async url(fileId: string): Promise<string> {
    const { fileList } = await this.storage.getTempFileURL({ fileList: [fileId] });
    const item = fileList.find((f) => f.fileID === fileId) ?? fileList[0];
    if (!item || item.status !== 0 || !item.tempFileURL) {
      throw new Error(`getTempFileURL gave no URL for ${fileId}: ${item?.errMsg ?? 'empty answer'}`);
    }
    return item.tempFileURL;
  }

  async read(fileId: string): Promise<Buffer | null> {
    try {
      const { fileContent } = await this.storage.downloadFile({ fileID: fileId });
      return Buffer.isBuffer(fileContent) ? fileContent : null;
    } catch (error) {
      if (GONE.test(String((error as Error).message))) return null;
      throw error;
    }
  }

  /** `cloud://<env>.<bucket>/<path>`: the path inside the bucket. */
  pathOf(fileId: string): string | null {
    return /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)?.[1] ?? null;
  }

  async remove(fileIds: string[]): Promise<void> {
    for (let i = 0; i < fileIds.length; i += DELETE_BATCH) {
      const { fileList } = await this.storage.deleteFile({ fileList: fileIds.slice(i, i + DELETE_BATCH) });
      const failed = fileList.filter((f) => f.status !== 0 && !GONE.test(f.errMsg));
      if (failed.length > 0) {
        throw new Error(`deleteFile failed: ${failed.map((f) => `${f.fileID}: ${f.errMsg}`).join('; ')}`);
      }
    }
  }
}

/** deleteFile's limit per call. */
const DELETE_BATCH = 50;
/** A file that no longer exists is as deleted as it gets. */
const GONE = /not.?exist|no such|NotFound/i;
