/**
 * Issue 13, 导航到场地 whenever there is a venue: the map opens on a picked point
 * (weapp); with no point, on H5 (where openLocation needs the WeChat JS-SDK and
 * otherwise does nothing), or when the map fails, the address is copied and said.
 */
import { ADDRESS_COPIED, openOnMap } from '@/services/venue-map';

const openLocation = jest.fn();
const setClipboardData = jest.fn();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    openLocation: (o: unknown) => openLocation(o),
    setClipboardData: (o: unknown) => setClipboardData(o),
  },
}));

const picked = { name: '文化广场', address: '人民路 1 号', latitude: 31.2, longitude: 121.5 };
const typed = { name: '文化广场', address: '人民路 1 号' };

describe('openOnMap', () => {
  const env = process.env.TARO_ENV;
  beforeEach(() => {
    openLocation.mockReset().mockResolvedValue({});
    setClipboardData.mockReset().mockResolvedValue({});
    process.env.TARO_ENV = 'weapp';
  });
  afterAll(() => {
    process.env.TARO_ENV = env;
  });

  it('weapp, a picked point: the map opens there, nothing copied', async () => {
    expect(await openOnMap(picked)).toBeNull();
    expect(openLocation).toHaveBeenCalledWith({ ...picked });
    expect(setClipboardData).not.toHaveBeenCalled();
  });

  it('weapp, no point: the name and address are copied', async () => {
    expect(await openOnMap(typed)).toBe(ADDRESS_COPIED);
    expect(openLocation).not.toHaveBeenCalled();
    expect(setClipboardData).toHaveBeenCalledWith({ data: '文化广场（人民路 1 号）' });
  });

  it('weapp, the map refuses: the address still gets them there', async () => {
    openLocation.mockRejectedValue({ errMsg: 'openLocation:fail' });
    expect(await openOnMap(picked)).toBe(ADDRESS_COPIED);
    expect(setClipboardData).toHaveBeenCalledWith({ data: '文化广场（人民路 1 号）' });
  });

  it('H5, even with a point: copied, since openLocation does nothing outside WeChat', async () => {
    process.env.TARO_ENV = 'h5';
    expect(await openOnMap(picked)).toBe(ADDRESS_COPIED);
    expect(openLocation).not.toHaveBeenCalled();
  });
});
