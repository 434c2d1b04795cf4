import type { Notification, NotificationsPort } from '../../ports/side-effects';
import { toTemplateData, type FieldMap } from './template-data';
import type { CloudError, WxOpenApi } from './types';

export type MiniprogramState = 'developer' | 'trial' | 'formal';

export interface SubscribeOptions {
  /** Template ids by our key (`runtime.config.templates`). */
  templates: Record<string, string>;
  /** Our data keys → template keywords, per template key. */
  fields: Record<string, FieldMap>;
  /** Which build the message opens. */
  state: MiniprogramState;
}

const REFUSALS: Record<number, string> = {
  43101: 'the user has not subscribed (or has used up the subscription)',
  47003: 'the template data does not fit the template',
  41030: 'the page does not exist in the released version',
  40003: 'the openid is not valid',
  40037: 'the template id is not valid',
};

function reasonOf(error: unknown): string {
  const e = error as CloudError | null;
  if (e?.errCode !== undefined && REFUSALS[e.errCode]) return `${e.errCode}: ${REFUSALS[e.errCode]}`;
  return `${e?.errCode ?? 'error'}: ${e?.errMsg ?? e?.message ?? String(error)}`;
}

/**
 * Subscribe messages. A message that cannot be sent is answered, not thrown:
 * one-time subscriptions run out as a matter of course, and the state change
 * that prompted the message has already happened.
 */
export class SubscribeMessages implements NotificationsPort {
  constructor(
    private readonly api: WxOpenApi['subscribeMessage'],
    private readonly options: SubscribeOptions,
  ) {}

  async send(message: Notification): Promise<{ delivered: boolean; reason?: string }> {
    const templateId = this.options.templates[message.template];
    if (!templateId) return { delivered: false, reason: `template "${message.template}" is not configured` };
    try {
      await this.api.send({
        touser: message.toOpenid,
        templateId,
        page: message.page.replace(/^\/+/, ''),
        data: toTemplateData(message.data, this.options.fields[message.template]),
        miniprogramState: this.options.state,
        lang: 'zh_CN',
      });
      return { delivered: true };
    } catch (error) {
      const reason = reasonOf(error);
      // An unsubscribed user is routine; anything else means the template or its configuration needs a look.
      if ((error as CloudError | null)?.errCode !== 43101)
        console.warn(`[notifications] ${message.template}: ${reason}`);
      return { delivered: false, reason };
    }
  }

  /** Subscribe messages live in the person's WeChat, not with us: nothing is recorded to forget. */
  async forget(): Promise<number> {
    return 0;
  }
}
