import Taro from '@tarojs/taro';

/** weapp: saves a poster into the phone's album (asks for the album permission the first time). */
export async function saveImage(url: string): Promise<string> {
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
  return '已保存到相册，可打印或转发';
}
