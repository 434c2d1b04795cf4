import type { ActionName, FunctionName, InputOf, OutputOf } from '@domain/api';
import type { Envelope } from '@domain/common/errors';
import { ApiError, NETWORK_FAILED } from './api-error';
import { transport } from './transport';

/**
 * The one way the client reaches a cloud function, typed by the shared API
 * contract: `Taro.cloud.callFunction` on weapp, HTTP to the local host on H5.
 */
export async function callFunction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  ...payload: InputOf<F, A> extends void ? [] : [InputOf<F, A>]
): Promise<OutputOf<F, A>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await transport(name, { action, payload: payload[0] });
  } catch {
    throw new ApiError('network', NETWORK_FAILED);
  }
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new ApiError('internal', '服务暂时不可用，请稍后再试');
  }
  if (envelope.ok) return envelope.data as OutputOf<F, A>;
  throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.fieldErrors);
}
