import * as v from 'valibot';
import { createActivityInput } from '@domain/activities/schemas';

const base = {
  kind: 'community',
  title: '社区消防疏散演练',
  place: { name: '示范社区党群服务中心', address: '建设路 1 号' },
  startAt: Date.UTC(2026, 5, 16, 1),
  endAt: Date.UTC(2026, 5, 16, 3),
  codeMode: 'live',
};

describe('an activity place without GPS (H5)', () => {
  it('saves without coordinates when there is no 签到范围', () => {
    expect(v.safeParse(createActivityInput, base).success).toBe(true);
  });

  it('refuses a 签到范围 without a place picked on the map, naming the field', () => {
    const result = v.safeParse(createActivityInput, { ...base, geofenceMeters: 300 });
    expect(result.success).toBe(false);
    const issue = result.issues?.[0];
    expect(issue?.message).toBe('设置签到范围需要先在地图上选择活动地点');
    expect(v.getDotPath(issue!)).toBe('geofenceMeters');
  });

  it('takes a 签到范围 once the place has coordinates', () => {
    const picked = { ...base, place: { ...base.place, latitude: 35.49, longitude: 112.85 }, geofenceMeters: 300 };
    expect(v.safeParse(createActivityInput, picked).success).toBe(true);
  });
});
