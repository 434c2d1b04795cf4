import Taro from '@tarojs/taro';

/** weapp: downloads an exported file and opens it in WeChat's document viewer (which can forward or save it). */
export async function openFile(url: string): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
}
