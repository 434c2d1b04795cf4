import Taro from '@tarojs/taro';
import { requirePrivacyConsent } from './privacy-consent';

export interface PickedLocation {
  latitude: number;
  longitude: number;
  /** Empty when the platform gives only coordinates: the reporter types the address. */
  address: string;
}

/** weapp: the map picker, which gives an address too. Rejects when permission is denied. */
export async function pickLocation(): Promise<PickedLocation> {
  await requirePrivacyConsent('使用定位');
  const res = await Taro.chooseLocation({});
  return {
    latitude: res.latitude,
    longitude: res.longitude,
    address: [res.address, res.name].filter(Boolean).join(' '),
  };
}
