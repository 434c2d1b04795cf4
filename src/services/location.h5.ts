import Taro from '@tarojs/taro';
import type { PickedLocation } from './location';
import { requirePrivacyConsent } from './privacy-consent';

export type { PickedLocation } from './location';

/** H5 has no map picker without a map key: the browser's coordinates, and the reporter types the address. */
export async function pickLocation(): Promise<PickedLocation> {
  await requirePrivacyConsent('使用定位');
  const res = await Taro.getLocation({ type: 'wgs84' });
  return { latitude: res.latitude, longitude: res.longitude, address: '' };
}
