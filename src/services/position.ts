import Taro from '@tarojs/taro';
import type { Position } from '@domain/activities/geofence';
import { requirePrivacyConsent } from './privacy-consent';

/**
 * The device's position for a geofenced check-in, or null when the browser or
 * phone refused it; rejects with PrivacyDeclined when the notice was declined.
 */
export async function currentPosition(): Promise<Position | null> {
  await requirePrivacyConsent('使用定位签到');
  try {
    const res = await Taro.getLocation({ type: 'wgs84' });
    return { latitude: res.latitude, longitude: res.longitude, accuracy: res.accuracy };
  } catch {
    return null;
  }
}
