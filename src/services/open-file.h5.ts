/** H5: the browser downloads the exported file from its URL. */
export async function openFile(url: string): Promise<void> {
  window.location.assign(url);
}
