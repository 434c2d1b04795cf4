import Taro from '@tarojs/taro';

/**
 * weapp: downloads an exported file under its human name (so a forwarded copy
 * reads `…-活动进展情况统计表.xlsx`, not a temp hash) and opens it in WeChat's
 * document viewer, which can forward or save it.
 */
export async function openFile(url: string, fileName?: string): Promise<void> {
  const filePath = fileName ? `${Taro.env.USER_DATA_PATH}/${fileName}` : undefined;
  const res = await Taro.downloadFile({ url, ...(filePath ? { filePath } : {}) });
  await Taro.openDocument({ filePath: filePath ?? res.tempFilePath, fileType: 'xlsx', showMenu: true });
}

/** Opens a file the `exports` function answered, under its human name. */
export const openExport = (file: { url: string; fileName: string }) => openFile(file.url, file.fileName);
