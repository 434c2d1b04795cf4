/** H5 has no album: the poster opens on its own so the browser can save or print it. */
export async function saveImage(url: string): Promise<string> {
  window.open(url, '_blank', 'noopener');
  return '已在新窗口打开海报，可保存或打印';
}
