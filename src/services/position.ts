import Taro from '@tarojs/taro';
import type { Position } from '@domain/activities/geofence';

/** The device's position for a geofenced check-in, or null when the person declined or it failed. */
export async function currentPosition(): Promise<Position | null> {
  try {
    const res = await Taro.getLocation({ type: 'wgs84' });
    return { latitude: res.latitude, longitude: res.longitude, accuracy: res.accuracy };
  } catch {
    return null;
  }
}
