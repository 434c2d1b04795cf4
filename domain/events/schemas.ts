import * as v from 'valibot';
import { id, textOrEmpty, personName, phone, text, time } from '../common/validation';
import { MAX_HEADCOUNT } from './rules';

const object = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, '参数格式不正确');

export const signUpInput = object({
  sessionId: id('场次'),
  name: personName(),
  phone: phone(),
  headcount: v.optional(
    v.pipe(
      v.number('人数需为数字'),
      v.integer('人数需为整数'),
      v.minValue(1, '人数至少 1 人'),
      v.maxValue(MAX_HEADCOUNT, `人数不能超过 ${MAX_HEADCOUNT} 人`),
    ),
    1,
  ),
  consent: v.literal(true, '请阅读并同意隐私保护指引'),
});
export type SignUpInput = v.InferOutput<typeof signUpInput>;

export const openEventInput = v.pipe(
  object({
    id: v.optional(id('活动编号')),
    scene: v.optional(v.pipe(v.string('活动码不正确'), v.maxLength(96, '活动码不正确'))),
  }),
  v.check((i) => Boolean(i.id || i.scene), '缺少活动编号'),
);

export const registrationIdInput = object({ registrationId: id('报名编号') });
export const eventIdInput = object({ eventId: id('活动编号') });

export const sessionInput = v.pipe(
  object({
    id: v.optional(id('场次编号')),
    title: text('场次名称', 30),
    zone: v.optional(textOrEmpty('区域', 20), ''),
    startAt: time('开始时间'),
    endAt: time('结束时间'),
    capacity: v.pipe(
      v.number('请填写名额'),
      v.integer('名额需为整数'),
      v.minValue(1, '名额至少 1 个'),
      v.maxValue(5000, '名额不能超过 5000 个'),
    ),
    waitlistEnabled: v.boolean('请选择是否候补'),
  }),
  v.forward(
    v.check((s) => s.endAt > s.startAt, '结束时间需晚于开始时间'),
    ['endAt'],
  ),
);
export type SessionInput = v.InferOutput<typeof sessionInput>;

export const saveEventInput = object({
  id: v.optional(id('活动编号')),
  title: text('活动名称', 40),
  venue: v.strictObject(
    {
      name: text('场地名称', 40),
      address: text('场地地址', 80),
      latitude: v.optional(v.pipe(v.number('纬度不正确'), v.minValue(-90, '纬度不正确'), v.maxValue(90, '纬度不正确'))),
      longitude: v.optional(
        v.pipe(v.number('经度不正确'), v.minValue(-180, '经度不正确'), v.maxValue(180, '经度不正确')),
      ),
    },
    '请填写场地',
  ),
  allowGroups: v.boolean('请选择是否允许多人报名'),
  notes: v.optional(textOrEmpty('说明', 500), ''),
  sessions: v.pipe(
    v.array(sessionInput, '请添加场次'),
    v.minLength(1, '请至少添加一个场次'),
    v.maxLength(20, '场次不能超过 20 个'),
  ),
});
export type SaveEventInput = v.InferOutput<typeof saveEventInput>;

export const checkInInput = object({
  eventId: id('活动编号'),
  ticket: v.pipe(v.string('请填写票码'), v.trim(), v.minLength(1, '请填写票码'), v.maxLength(96, '票码无效')),
});

export const checkInManualInput = object({ eventId: id('活动编号'), registrationId: id('报名编号') });

/**
 * 撤销签到: the same sign-up, named with the event it was checked in at, and the
 * check-in time (ms) the organizer's screen showed: only that check-in is undone.
 */
export const undoCheckInInput = object({
  eventId: id('活动编号'),
  registrationId: id('报名编号'),
  checkedInAt: time('签到时间'),
});

export const registrationsInput = object({
  eventId: id('活动编号'),
  query: v.optional(textOrEmpty('搜索内容', 20), ''),
});
