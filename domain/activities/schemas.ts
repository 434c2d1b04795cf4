import * as v from 'valibot';
import { day, id, personName, text, time, unitName } from '../common/validation';
import { OUTREACH_KINDS } from '../content/types';

const latitude = v.pipe(v.number('请选择活动地点'), v.minValue(-90, '纬度不正确'), v.maxValue(90, '纬度不正确'));
const longitude = v.pipe(v.number('请选择活动地点'), v.minValue(-180, '经度不正确'), v.maxValue(180, '经度不正确'));

const activityFields = {
  kind: v.picklist(OUTREACH_KINDS, '请选择“七进”类型'),
  title: text('活动名称', 40),
  place: v.strictObject(
    {
      name: text('地点名称', 40),
      address: text('详细地址', 80),
      latitude: v.optional(latitude),
      longitude: v.optional(longitude),
    },
    '请选择活动地点',
  ),
  startAt: time('开始时间'),
  endAt: time('结束时间'),
  geofenceMeters: v.optional(
    v.pipe(
      v.number('签到范围不正确'),
      v.integer('签到范围请填整数米'),
      v.minValue(50, '签到范围至少 50 米'),
      v.maxValue(5000, '签到范围不能超过 5000 米'),
    ),
  ),
  expectedHeadcount: v.optional(
    v.pipe(
      v.number('预计人数不正确'),
      v.integer('预计人数请填整数'),
      v.minValue(1, '预计人数至少 1 人'),
      v.maxValue(100000, '预计人数过大'),
    ),
  ),
  codeMode: v.picklist(['live', 'poster'], '请选择签到码方式'),
};

const MAX_ACTIVITY_MS = 7 * 24 * 3600 * 1000;
const inOrder = (a: { startAt: number; endAt: number }) =>
  a.endAt > a.startAt && a.endAt - a.startAt <= MAX_ACTIVITY_MS;
const ORDER_MESSAGE = '结束时间应晚于开始时间，且活动不超过 7 天';
/** A 签到范围 is measured from the place's coordinates, so it needs the place picked on the map. */
const fenceHasPlace = (a: { geofenceMeters?: number; place: { latitude?: number; longitude?: number } }) =>
  !a.geofenceMeters || (a.place.latitude !== undefined && a.place.longitude !== undefined);
const FENCE_MESSAGE = '设置签到范围需要先在地图上选择活动地点';

export const createActivityInput = v.pipe(
  v.strictObject(activityFields, '参数格式不正确'),
  v.forward(
    v.check((a) => inOrder(a), ORDER_MESSAGE),
    ['endAt'],
  ),
  v.forward(
    v.check((a) => fenceHasPlace(a), FENCE_MESSAGE),
    ['geofenceMeters'],
  ),
);
export type CreateActivityInput = v.InferOutput<typeof createActivityInput>;

export const updateActivityInput = v.pipe(
  v.strictObject({ id: id('活动编号'), ...activityFields }, '参数格式不正确'),
  v.forward(
    v.check((a) => inOrder(a), ORDER_MESSAGE),
    ['endAt'],
  ),
  v.forward(
    v.check((a) => fenceHasPlace(a), FENCE_MESSAGE),
    ['geofenceMeters'],
  ),
);
export type UpdateActivityInput = v.InferOutput<typeof updateActivityInput>;

export const activityIdInput = v.strictObject({ id: id('活动编号') }, '参数格式不正确');

const position = v.strictObject(
  {
    latitude,
    longitude,
    accuracy: v.optional(v.pipe(v.number('定位精度不正确'), v.minValue(0, '定位精度不正确'))),
  },
  '位置格式不正确',
);

/** A scan carries the QR's scene; someone who cannot scan types the 6-digit code (with or without the activity). */
export const checkInInput = v.pipe(
  v.strictObject(
    {
      activityId: v.optional(id('活动编号')),
      scene: v.optional(v.pipe(v.string('二维码内容不正确'), v.maxLength(64, '二维码内容不正确'))),
      code: v.optional(v.pipe(v.string('请输入 6 位签到码'), v.trim(), v.regex(/^\d{6}$/, '请输入 6 位数字签到码'))),
      name: personName(),
      org: unitName('单位'),
      location: v.optional(position),
    },
    '参数格式不正确',
  ),
  v.forward(
    v.check((i) => i.scene !== undefined || i.code !== undefined, '请扫描现场二维码或输入 6 位签到码'),
    ['code'],
  ),
);
export type CheckInInput = v.InferOutput<typeof checkInInput>;

export const addManualInput = v.strictObject(
  { activityId: id('活动编号'), name: personName(), org: unitName('单位') },
  '参数格式不正确',
);

export const removeCheckinInput = v.strictObject(
  { id: v.pipe(v.string('缺少签到记录'), v.maxLength(160, '签到记录不正确')), reason: text('移除原因', 60) },
  '参数格式不正确',
);

export const statsInput = v.pipe(
  v.strictObject(
    { unit: v.optional(unitName('填报单位')), from: day('开始日期'), to: day('结束日期') },
    '参数格式不正确',
  ),
  v.forward(
    v.check(
      (i) => i.from <= i.to && Date.parse(i.to) - Date.parse(i.from) <= 400 * 24 * 3600 * 1000,
      '结束日期应不早于开始日期，且不超过一年',
    ),
    ['to'],
  ),
);
export type StatsInput = v.InferOutput<typeof statsInput>;
