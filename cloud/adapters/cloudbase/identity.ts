import type { IdentityPort } from '../../ports/side-effects';
import type { WxContext } from './types';

/** The caller as WeChat vouches for it. Never read from the event: a client can put anything there. */
export class WxContextIdentity implements IdentityPort {
  constructor(private readonly context: () => WxContext) {}

  openid(): string | null {
    return this.context().OPENID || null;
  }
}
