import { shareLine } from '@domain/quiz/rules';

/** The drawing calls both canvases (weapp's offscreen 2d, the browser's) share. */
export interface Card2d {
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textAlign: CanvasTextAlign;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
}

export const CARD = { width: 600, height: 800 };

/** The share card: the month's red, the score line large, the unit and the day; px of a 600 × 800 canvas. */
export function drawShareCard(ctx: Card2d, card: { score: number; unit: string | null; day: string }): void {
  const { width, height } = CARD;
  ctx.fillStyle = '#c8161d';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(40, 200, width - 80, 400);
  ctx.textAlign = 'center';
  ctx.fillStyle = '#ffffff';
  ctx.font = 'bold 40px sans-serif';
  ctx.fillText('测测你的“安全力”', width / 2, 110);
  ctx.font = '28px sans-serif';
  ctx.fillText('安全生产月 · 网络知识答题', width / 2, 160);
  ctx.fillStyle = '#c8161d';
  ctx.font = 'bold 64px sans-serif';
  ctx.fillText(shareLine(card.score), width / 2, 380);
  ctx.fillStyle = '#1f2329';
  ctx.font = '28px sans-serif';
  ctx.fillText(card.unit ?? '个人参与', width / 2, 470);
  ctx.fillText(card.day, width / 2, 530);
  ctx.fillStyle = '#ffffff';
  ctx.fillText('人人讲安全  个个会应急', width / 2, 700);
}
