import { createHmac } from 'node:crypto';
import type { OutboundDelivery, OutboundPort } from '../ports/side-effects';

export const SIGNATURE_HEADER = 'x-signature-sha256';

export function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Outbound webhooks are plain HTTPS from a function, on CloudBase and locally
 * alike, so one adapter serves both.
 */
export class HttpOutbound implements OutboundPort {
  constructor(private readonly timeoutMs = 5000) {}

  async deliver(delivery: OutboundDelivery): Promise<{ status: number }> {
    const body = JSON.stringify(delivery.body);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(delivery.secret, body) },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return { status: response.status };
    } catch {
      return { status: 0 };
    }
  }
}
