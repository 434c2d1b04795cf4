import Taro from '@tarojs/taro';
import type { Venue } from '@domain/events/types';

/** What the person reads when the venue's address was copied instead of a map opening. */
export const ADDRESS_COPIED = '已复制场地地址，可在地图中搜索导航';

/**
 * 导航到场地: weapp opens the map on the venue's point when the organizer picked
 * one. Without a point, and on H5 (whose openLocation needs the WeChat JS-SDK and
 * otherwise does nothing), the venue's name and address are copied for a map app.
 * Answers the message to show, or null when the map opened.
 */
export async function navigateToVenue(venue: Venue): Promise<string | null> {
  const { latitude, longitude } = venue;
  if (process.env.TARO_ENV !== 'h5' && latitude !== undefined && longitude !== undefined) {
    try {
      await Taro.openLocation({ latitude, longitude, name: venue.name, address: venue.address });
      return null;
    } catch {
      // The map would not open: the address still gets them there.
    }
  }
  await Taro.setClipboardData({ data: `${venue.name}（${venue.address}）` });
  return ADDRESS_COPIED;
}
