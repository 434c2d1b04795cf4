import QRCode from 'qrcode';
import type { QrCodeRequest, QrCodesPort } from '../../ports/side-effects';

/**
 * On H5 there is no 小程序码: the local code is a plain QR of the H5 URL of the
 * same page with the same `scene`, which is what a phone camera opens.
 */
export class UrlQrCodes implements QrCodesPort {
  constructor(private readonly appBase: () => string) {}

  create(request: QrCodeRequest): Promise<Buffer> {
    const url = `${this.appBase()}/#/${request.page}?scene=${encodeURIComponent(request.scene)}`;
    return QRCode.toBuffer(url, { type: 'png', width: 430, margin: 2, errorCorrectionLevel: 'M' });
  }
}
