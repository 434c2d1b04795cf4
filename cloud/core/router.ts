import { AppError, type Envelope } from '@domain/common/errors';
import { parseInput, type Schema } from '@domain/common/validation';
import type { ActionName, FunctionName, OutputOf } from '@domain/api';
import { hasRole, ROLE_LABELS, type Caller, type Role } from '@domain/roles/roles';
import { callerOnly, resolveCaller } from './caller';
import type { Runtime } from './runtime';

export interface ActionContext {
  caller: Caller;
  runtime: Runtime;
}

export interface ActionDef<O> {
  /** The least role that may call this action. */
  role: Role;
  /**
   * A citizen action that uses only who is calling (`caller.openid`), never
   * their roles: the router skips the roles read, one store round trip that a
   * crowd (the venue sign-up, a hall checking in, a room handing in) pays on
   * every call. Its `caller.roles` is empty.
   */
  identityOnly?: boolean;
  input: Schema<unknown>;
  /**
   * A rule on the payload as sent, run after the role check and before the
   * schema: for an answer that must come whatever else is wrong with the input
   * (the emergency answer of `reports.submit`). Throws an AppError to answer.
   */
  screen?: (payload: unknown) => void;
  run(input: never, ctx: ActionContext): Promise<O>;
}

/** Declares an action: its payload schema, the role it needs, and what it does. */
export function action<I, O>(spec: {
  role: Role;
  identityOnly?: boolean;
  input: Schema<I>;
  screen?: (payload: unknown) => void;
  run: (input: I, ctx: ActionContext) => Promise<O>;
}): ActionDef<O> {
  return spec as unknown as ActionDef<O>;
}

export type Actions<F extends FunctionName> = { [A in ActionName<F>]: ActionDef<OutputOf<F, A>> };

/** A CloudBase timer trigger (one per function): its name and a seven-field cron, UTC+8. */
export interface Timer {
  name: string;
  cron: string;
}

export interface CloudFunction {
  name: FunctionName;
  /** The openapi calls it makes, for the deployed config.json's permissions. */
  openapi: string[];
  /** The timer its `triggers.ts` answers, written into the deployed config.json. */
  timer?: Timer;
  actions: Record<string, ActionDef<unknown>>;
  /** Handles one call: validates, checks the caller's role, runs, and never throws. */
  handle(request: unknown, runtime: Runtime): Promise<Envelope<unknown>>;
}

export function defineFunction<F extends FunctionName>(
  name: F,
  actions: Actions<F>,
  options: { openapi?: string[]; timer?: Timer } = {},
): CloudFunction {
  const table = actions as unknown as Record<string, ActionDef<unknown>>;
  return {
    name,
    openapi: options.openapi ?? [],
    ...(options.timer ? { timer: options.timer } : {}),
    actions: table,
    async handle(request, runtime) {
      try {
        const { actionName, payload } = readRequest(request);
        const def = Object.prototype.hasOwnProperty.call(table, actionName) ? table[actionName] : undefined;
        if (!def) throw new AppError('unknown_action', `不支持的操作：${actionName}`);
        const caller = def.identityOnly && def.role === 'citizen' ? callerOnly(runtime) : await resolveCaller(runtime);
        if (!hasRole(caller, def.role)) {
          throw new AppError('forbidden', `此操作需要${ROLE_LABELS[def.role]}身份`);
        }
        def.screen?.(payload);
        const input = parseInput(def.input, payload);
        const data = await def.run(input as never, { caller, runtime });
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toBody() };
        // Unexpected failures are logged in full here and never leak to the caller.
        console.error(`[${name}]`, error);
        return { ok: false, error: { code: 'internal', message: '服务暂时不可用，请稍后再试' } };
      }
    },
  };
}

function readRequest(request: unknown): { actionName: string; payload: unknown } {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new AppError('invalid_input', '请求格式不正确');
  }
  const { action: actionName, payload } = request as Record<string, unknown>;
  if (typeof actionName !== 'string' || actionName === '') {
    throw new AppError('invalid_input', '请求缺少操作名称');
  }
  // Every action's payload is an object or absent: an array, null or a string is refused
  // here, before any schema, so no optional-only schema can mistake `[]` for `{}`.
  if (payload !== undefined && !isPlainObject(payload)) throw new AppError('invalid_input', '参数格式不正确');
  return { actionName, payload };
}

/** An object literal of any realm (a vm context's, as under test runners, has its own Object.prototype). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
