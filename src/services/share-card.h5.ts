import { CARD, drawShareCard } from './share-card-draw';

/** H5: the same card drawn on a browser canvas, as a PNG data URL. */
export async function makeShareCard(card: { score: number; unit: string | null; day: string }): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = CARD.width;
  canvas.height = CARD.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('无法生成分享图');
  drawShareCard(ctx, card);
  return canvas.toDataURL('image/png');
}

/** H5 has no share menu: the image opens on its own so it can be saved and sent. */
export async function shareCard(path: string): Promise<void> {
  const w = window.open();
  if (w) w.document.write(`<img src="${path}" style="width:100%" alt="我的安全力分享图">`);
}
