import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { FilesPort, StoredFile } from '../../ports/side-effects';

/** Files in the data folder, served by the local host under `/files/`. */
export class DiskFiles implements FilesPort {
  constructor(
    private readonly root: string,
    private readonly publicBase: () => string,
  ) {}

  async put(path: string, content: Buffer): Promise<StoredFile> {
    const safe = this.safe(path);
    const target = join(this.root, safe);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    const fileId = `local://${safe}`;
    return { fileId, url: await this.url(fileId) };
  }

  async url(fileId: string): Promise<string> {
    // Segments percent-encoded: export names are Chinese (`示范街道办事处-2026年6月-….xlsx`).
    const path = fileId
      .replace(/^local:\/\//, '')
      .split('/')
      .map(encodeURIComponent)
      .join('/');
    return `${this.publicBase()}/files/${path}`;
  }

  async read(fileId: string): Promise<Buffer | null> {
    const path = this.pathOf(fileId);
    return path === null ? null : readFile(join(this.root, path)).catch(() => null);
  }

  pathOf(fileId: string): string | null {
    const path = /^local:\/\/(.+)$/.exec(fileId)?.[1];
    return path !== undefined && this.safe(path) === path ? path : null;
  }

  async remove(fileIds: string[]): Promise<void> {
    for (const fileId of fileIds) {
      await rm(join(this.root, this.safe(fileId.replace(/^local:\/\//, ''))), { force: true });
    }
  }

  /** A path that stays inside the data folder. */
  private safe(path: string): string {
    return normalize(path).replace(/^(\.\.[/\\])+/, '');
  }
}
