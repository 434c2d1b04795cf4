import type { ContentSecurityPort, Verdict } from '../../ports/side-effects';
import type { WxOpenApi } from './types';

const toVerdict = (suggest: string | undefined): Verdict =>
  suggest === 'pass' || suggest === 'risky' ? suggest : 'review';

/** WeChat's content security, version 2 (needs an openid that used the mini-program in the last two hours). */
export class WxContentSecurity implements ContentSecurityPort {
  constructor(private readonly security: WxOpenApi['security']) {}

  async checkText(input: { openid: string; text: string; scene: 1 | 2 | 3 | 4 }): Promise<Verdict> {
    try {
      const answer = await this.security.msgSecCheck({
        openid: input.openid,
        scene: input.scene,
        version: 2,
        content: input.text,
      });
      return toVerdict(answer.result?.suggest);
    } catch (error) {
      // No verdict at all: hold the text for a person rather than publish it unchecked or refuse a hazard report.
      console.warn('[content-security] msgSecCheck failed; holding for review', error);
      return 'review';
    }
  }

  async submitMedia(input: { openid: string; url: string; scene: 1 | 2 | 3 | 4 }): Promise<{ traceId: string }> {
    const answer = await this.security.mediaCheckAsync({
      openid: input.openid,
      scene: input.scene,
      version: 2,
      mediaUrl: input.url,
      mediaType: 2,
    });
    if (!answer.traceId) throw new Error('mediaCheckAsync answered without a trace_id');
    return { traceId: answer.traceId };
  }
}
