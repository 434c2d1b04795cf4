import Taro from '@tarojs/taro';

/** weapp: picks an .xlsx from a chat (the only file source a mini-program has) and answers it as base64. */
export async function pickXlsx(): Promise<string> {
  const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
  const data = Taro.getFileSystemManager().readFileSync(tempFiles[0].path, 'base64');
  return String(data);
}
