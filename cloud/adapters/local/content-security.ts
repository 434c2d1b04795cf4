import type { ContentSecurityPort, Verdict } from '../../ports/side-effects';

/** What the local photo check answers: a platform verdict, or `pending` (no answer; the tests deliver one). */
export type LocalMediaVerdict = Verdict | 'pending';
const MEDIA_VERDICTS: LocalMediaVerdict[] = ['pass', 'review', 'risky', 'pending'];

/** `MEDIA_CHECK_VERDICT` (pass | review | risky | pending), `pass` when unset; anything else stops the host. */
export function mediaVerdictOf(env: NodeJS.ProcessEnv): LocalMediaVerdict {
  const value = (env.MEDIA_CHECK_VERDICT ?? 'pass').trim() as LocalMediaVerdict;
  if (!MEDIA_VERDICTS.includes(value)) {
    throw new Error(`MEDIA_CHECK_VERDICT must be one of ${MEDIA_VERDICTS.join(', ')}, not "${value}"`);
  }
  return value;
}

/** The platform's `wxa_media_check` push, as the reports function's trigger receives it. */
export interface MediaCheckPush {
  MsgType: 'event';
  Event: 'wxa_media_check';
  trace_id: string;
  result: { suggest: Verdict };
}

/** How long after a photo is submitted the local verdict is pushed, and how often it is retried (ms). */
const PUSH_DELAY_MS = 200;
const PUSH_TRIES = 40;

/**
 * A deterministic stand-in for WeChat's content security. Text containing a
 * listed word is risky, `【待审】` asks for review. Photos answer like the
 * platform: later, as a `wxa_media_check` push to the reports trigger, with the
 * configured verdict (`pass` by default, so the demo journey flows; `review`
 * puts every photo report on the 待审核 desk); `pending` never answers.
 */
export class ListContentSecurity implements ContentSecurityPort {
  private serial = 0;
  private push: ((event: MediaCheckPush) => Promise<unknown>) | null = null;

  constructor(
    private readonly mediaVerdict: LocalMediaVerdict = 'pending',
    private readonly riskyWords: string[] = ['赌博', '代开发票', '违禁测试词'],
  ) {}

  /** Where photo verdicts are pushed: the local host wires the reports trigger here. */
  onPush(push: (event: MediaCheckPush) => Promise<unknown>): void {
    this.push = push;
  }

  async checkText(input: { text: string }): Promise<Verdict> {
    if (this.riskyWords.some((w) => input.text.includes(w))) return 'risky';
    if (input.text.includes('【待审】')) return 'review';
    return 'pass';
  }

  async submitMedia(): Promise<{ traceId: string }> {
    this.serial += 1;
    const traceId = `local-trace-${Date.now()}-${this.serial}`;
    if (this.mediaVerdict !== 'pending') this.schedule(traceId, this.mediaVerdict, PUSH_TRIES);
    return { traceId };
  }

  /**
   * The push answers null while the report is not yet filed (the trace is
   * unknown), as a push racing the submit would on the platform: try again.
   */
  private schedule(traceId: string, suggest: Verdict, tries: number): void {
    const timer = setTimeout(() => {
      const push = this.push;
      if (!push) return;
      push({ MsgType: 'event', Event: 'wxa_media_check', trace_id: traceId, result: { suggest } }).then(
        (answer) => {
          if (answer === null && tries > 1) this.schedule(traceId, suggest, tries - 1);
        },
        // The host closed (tests) or the store is gone: nobody is waiting for this verdict any more.
        () => undefined,
      );
    }, PUSH_DELAY_MS);
    timer.unref?.();
  }
}
