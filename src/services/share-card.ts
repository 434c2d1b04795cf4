import Taro from '@tarojs/taro';
import { CARD, drawShareCard, type Card2d } from './share-card-draw';

/** weapp: draws the card on an offscreen 2d canvas (base library ≥ 2.16.1) and answers a temp file path to show and share. */
export async function makeShareCard(card: { score: number; unit: string | null; day: string }): Promise<string> {
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: CARD.width, height: CARD.height });
  drawShareCard(canvas.getContext('2d') as unknown as Card2d, card);
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas } as unknown as Taro.canvasToTempFilePath.Option);
  return tempFilePath;
}

/** Opens WeChat's share-image menu (send to a chat, Moments, save). */
export async function shareCard(path: string): Promise<void> {
  await Taro.showShareImageMenu({ path });
}
