import type { QrCodeRequest, QrCodesPort } from '../../ports/side-effects';
import type { EnvVersion, WxOpenApi } from './types';

const SCENE_LIMIT = 32;

/** Reads which build codes should open; anything unrecognised means the released one. */
export function readEnvVersion(value: string | undefined): EnvVersion {
  return value === 'trial' || value === 'develop' ? value : 'release';
}

/** 小程序码 from wxacode.getUnlimited (unlimited in number; the parameters travel in `scene`). */
export class WxaCodes implements QrCodesPort {
  constructor(
    private readonly wxacode: WxOpenApi['wxacode'],
    private readonly envVersion: EnvVersion,
  ) {}

  async create(request: QrCodeRequest): Promise<Buffer> {
    if (request.scene.length > SCENE_LIMIT) {
      throw new Error(`A 小程序码 scene holds at most ${SCENE_LIMIT} characters: ${request.scene}`);
    }
    const { buffer } = await this.wxacode.getUnlimited({
      scene: request.scene,
      page: request.page.replace(/^\/+/, ''),
      // Codes are made before a page is released (and for trial builds); checking would refuse them.
      checkPath: false,
      envVersion: this.envVersion,
    });
    return Buffer.from(buffer);
  }
}
