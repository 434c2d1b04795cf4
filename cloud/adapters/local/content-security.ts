import type { ContentSecurityPort, Verdict } from '../../ports/side-effects';

/**
 * A deterministic stand-in for WeChat's content security: text containing a
 * listed word is risky, `【待审】` asks for review. Media verdicts are set by
 * the tests (or stay pending), like the late push on CloudBase.
 */
export class ListContentSecurity implements ContentSecurityPort {
  private serial = 0;

  constructor(private readonly riskyWords: string[] = ['赌博', '代开发票', '违禁测试词']) {}

  async checkText(input: { text: string }): Promise<Verdict> {
    if (this.riskyWords.some((w) => input.text.includes(w))) return 'risky';
    if (input.text.includes('【待审】')) return 'review';
    return 'pass';
  }

  async submitMedia(): Promise<{ traceId: string }> {
    this.serial += 1;
    return { traceId: `local-trace-${Date.now()}-${this.serial}` };
  }
}
