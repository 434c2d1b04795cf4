import { AsyncLocalStorage } from 'node:async_hooks';
import type { IdentityPort } from '../../ports/side-effects';

/**
 * The local host serves many requests at once, so identity travels with each
 * request (AsyncLocalStorage) rather than through process-wide variables as the
 * WX context does on CloudBase.
 */
export class RequestIdentity implements IdentityPort {
  private readonly storage = new AsyncLocalStorage<string | null>();

  runAs<R>(openid: string | null, work: () => R): R {
    return this.storage.run(openid, work);
  }

  openid(): string | null {
    return this.storage.getStore() ?? null;
  }
}
