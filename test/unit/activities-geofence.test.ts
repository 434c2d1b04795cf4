import { distanceMeters, formatDistance, judgeGeofence } from '@domain/activities/geofence';

const hall = { name: '社区中心', address: '建设路 1 号', latitude: 35.4907, longitude: 112.8513 };
/** One degree of latitude is about 111.2 km. */
const north = (meters: number) => ({ latitude: hall.latitude + meters / 111_195, longitude: hall.longitude });

describe('geofence', () => {
  it.each([
    [0, 0],
    [100, 100],
    [1500, 1500],
  ])('haversine: %d m north measures %d m', (m, expected) => {
    expect(distanceMeters(hall, north(m))).toBeCloseTo(expected, 0);
  });

  it('measures a known distance (北京天安门 → 上海人民广场 ≈ 1067 km)', () => {
    const km =
      distanceMeters({ latitude: 39.9087, longitude: 116.3975 }, { latitude: 31.2304, longitude: 121.4737 }) / 1000;
    expect(km).toBeGreaterThan(1060);
    expect(km).toBeLessThan(1075);
  });

  it.each([
    ['no fence', undefined, undefined, true, ''],
    ['no fence, no location', null, undefined, true, ''],
    ['inside', 200, north(150), true, ''],
    ['on the edge', 200, north(199), true, ''],
    ['outside', 200, north(450), false, '您距离活动地点约 450 米，需在 200 米范围内签到'],
    ['far outside', 200, north(12_000), false, '您距离活动地点约 12.0 公里，需在 200 米范围内签到'],
    ['outside but a poor fix covers it', 200, { ...north(260), accuracy: 80 }, true, ''],
    ['accuracy allowance is capped', 200, { ...north(450), accuracy: 5000 }, false, '您距离活动地点约 450 米'],
    ['fence without location', 200, undefined, false, '请允许小程序获取位置信息'],
  ] as const)('%s', (_label, radius, position, ok, message) => {
    const verdict = judgeGeofence(hall, radius, position);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.message).toContain(message);
  });

  it.each([
    [12.4, '12 米'],
    [999, '999 米'],
    [1000, '1.0 公里'],
    [25_340, '25.3 公里'],
  ])('formats %d m as %s', (m, text) => expect(formatDistance(m)).toBe(text));
});
