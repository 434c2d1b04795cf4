import Taro from '@tarojs/taro';

/** A place to go: an event's venue, a reported hazard's location. Coordinates only when picked on a map (GCJ-02). */
export interface Place {
  name: string;
  address: string;
  latitude?: number;
  longitude?: number;
}

/** What the person reads when the address was copied instead of a map opening. */
export const ADDRESS_COPIED = '已复制地址，可在地图中搜索导航';

/**
 * 导航到场地 / 在地图中查看: weapp opens the map on the place's point when one
 * was picked. Without a point, and on H5 (whose openLocation needs the WeChat
 * JS-SDK and otherwise does nothing), the name and address are copied for a map
 * app. Answers the message to show, or null when the map opened.
 */
export async function openOnMap(place: Place): Promise<string | null> {
  const { latitude, longitude } = place;
  if (process.env.TARO_ENV !== 'h5' && latitude !== undefined && longitude !== undefined) {
    try {
      await Taro.openLocation({ latitude, longitude, name: place.name, address: place.address });
      return null;
    } catch {
      // The map would not open: the address still gets them there.
    }
  }
  await Taro.setClipboardData({ data: place.address ? `${place.name}（${place.address}）` : place.name });
  return ADDRESS_COPIED;
}

/** openOnMap, then says what happened when the map did not open; never throws. */
export async function showOnMap(place: Place): Promise<void> {
  const message = await openOnMap(place).catch(() => `地址：${place.name}（${place.address}）`);
  if (message) void Taro.showToast({ title: message, icon: 'none' });
}
