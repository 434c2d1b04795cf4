import type { Envelope } from '@domain/common/errors';
import type { CloudFunction } from '../../core/router';
import type { Runtime } from '../../core/runtime';
import { createCloudbaseRuntime } from './runtime';
import { wxContext } from './sdk';

/** Platform events with no user (timers, message pushes); answers undefined for anything it does not handle. */
export type Trigger = (event: unknown, runtime: Runtime) => Promise<unknown>;

export interface CloudbaseMainOptions {
  trigger?: Trigger;
}

const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_localdebug']);

/** A call that started in the mini-program lists a client source (also when relayed by another function). */
export function fromClient(source: string | undefined): boolean {
  return (source ?? '').split(',').some((s) => CLIENT_SOURCES.has(s.trim()));
}

/**
 * Only `action` and `payload` reach the router. CloudBase adds its own `userInfo`
 * to the event and a client can add anything; identity comes from the WX context.
 */
function clientRequest(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event;
  const { action, payload } = event as Record<string, unknown>;
  return { action, payload };
}

const UNAVAILABLE: Envelope<never> = { ok: false, error: { code: 'internal', message: '服务暂时不可用，请稍后再试' } };

/** The `exports.main` of a deployed function. */
export function createCloudbaseMain(fn: CloudFunction, options: CloudbaseMainOptions = {}) {
  let runtime: Runtime | undefined;
  return async (event: unknown, _context?: unknown): Promise<unknown> => {
    try {
      runtime ??= createCloudbaseRuntime();
    } catch (error) {
      console.error(`[${fn.name}] cannot start`, error);
      return UNAVAILABLE;
    }
    // Trigger payloads are trusted only when no client could have sent them.
    if (options.trigger && !fromClient(wxContext().SOURCE)) {
      const answer = await options.trigger(event, runtime);
      if (answer !== undefined) return answer;
    }
    return fn.handle(clientRequest(event), runtime);
  };
}
