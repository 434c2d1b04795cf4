/** H5: the browser downloads the exported file from its URL; the URL's last segment is its human name. */
export async function openFile(url: string, _fileName?: string): Promise<void> {
  window.location.assign(url);
}

/** Opens a file the `exports` function answered, under its human name. */
export const openExport = (file: { url: string; fileName: string }) => openFile(file.url, file.fileName);
