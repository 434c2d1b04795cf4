import Taro from '@tarojs/taro';
import type { CallRequest } from '@domain/api';
import type { Envelope } from '@domain/common/errors';
import { currentToken, signIn } from './dev-session';

/** H5 has no Taro.cloud: the same call goes over HTTP to the local host. */
export async function transport(name: string, request: CallRequest): Promise<Envelope<unknown>> {
  const token = currentToken() ?? (await signIn('citizen')).token;
  const response = await Taro.request<Envelope<unknown>>({
    url: `/api/${name}`,
    method: 'POST',
    header: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    data: request,
  });
  return response.data;
}
