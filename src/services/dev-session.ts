import Taro from '@tarojs/taro';
import type { Envelope } from '@domain/common/errors';

/**
 * The local host's dev sign-in (H5 only): WeChat gives every user an openid
 * without asking; here a browser first becomes an anonymous citizen and can
 * switch to the demo organizer or admin from 我的.
 */
export type DevRole = 'citizen' | 'organizer' | 'handler' | 'admin';

const KEY = 'dev-session';
/** This browser's own citizen, kept so switching back to 群众 finds the same person (their sign-ups, reports). */
const CITIZEN_KEY = 'dev-session-citizen';

interface DevSession {
  openid: string;
  token: string;
  role: DevRole;
}

export function currentSession(): DevSession | null {
  const value = Taro.getStorageSync(KEY) as DevSession | '';
  return value ? value : null;
}

export const currentToken = () => currentSession()?.token ?? null;

export async function signIn(role: DevRole): Promise<DevSession> {
  const citizen = Taro.getStorageSync(CITIZEN_KEY) as DevSession | '';
  if (role === 'citizen' && citizen) {
    Taro.setStorageSync(KEY, citizen);
    return citizen;
  }
  const response = await Taro.request<Envelope<{ openid: string; token: string }>>({
    url: '/dev/signin',
    method: 'POST',
    header: { 'content-type': 'application/json' },
    data: { role },
  });
  const body = response.data;
  if (!body.ok) throw new Error(body.error.message);
  const session = { ...body.data, role };
  Taro.setStorageSync(KEY, session);
  if (role === 'citizen') Taro.setStorageSync(CITIZEN_KEY, session);
  return session;
}
