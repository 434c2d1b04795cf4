import Taro from '@tarojs/taro';
import type { CallRequest } from '@domain/api';
import type { Envelope } from '@domain/common/errors';

/** weapp: the platform's cloud call, which carries the caller's OPENID to the function. */
export async function transport(name: string, request: CallRequest): Promise<Envelope<unknown>> {
  const response = await Taro.cloud.callFunction({ name, data: { ...request } });
  return response.result as Envelope<unknown>;
}
