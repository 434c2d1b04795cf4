import { chinaTime } from '@domain/common/china-time';
import { maskPhone } from '@domain/common/masking';
import { checkInput } from '@domain/common/validation';
import {
  canCancel,
  canTransition,
  ticketCheckInRefusal,
  decodeScene,
  encodeScene,
  eventState,
  headcountRefusal,
  reminderDue,
  signUpRefusal,
  undoCheckInRefusal,
} from '@domain/events/rules';
import { saveEventInput, signUpInput } from '@domain/events/schemas';
import type { RegistrationStatus } from '@domain/events/types';

const valid = { sessionId: 's1', name: '张三', phone: '13800000000', consent: true };

describe('sign-up schema', () => {
  it.each([
    ['13800000000', null],
    ['19912345678', null],
    [' 15012345678 ', null],
    ['12800000000', '请填写正确的 11 位手机号'],
    ['1380000000', '请填写正确的 11 位手机号'],
    ['138000000000', '请填写正确的 11 位手机号'],
    ['1380000000a', '请填写正确的 11 位手机号'],
    ['', '请填写正确的 11 位手机号'],
  ])('phone %j → %j', (phone, message) => {
    expect(checkInput(signUpInput, { ...valid, phone })?.phone ?? null).toBe(message);
  });

  it.each([
    [{ name: '' }, 'name', '请填写姓名'],
    [{ name: '李'.repeat(31) }, 'name', '姓名不能超过 30 个字'],
    [{ consent: false }, 'consent', '请阅读并同意隐私保护指引'],
    [{ consent: undefined }, 'consent', '请阅读并同意隐私保护指引'],
    [{ headcount: 0 }, 'headcount', '人数至少 1 人'],
    [{ headcount: 11 }, 'headcount', '人数不能超过 10 人'],
    [{ headcount: 1.5 }, 'headcount', '人数需为整数'],
    [{ sessionId: '' }, 'sessionId', '缺少场次'],
  ])('%j → %s: %s', (overrides, field, message) => {
    expect(checkInput(signUpInput, { ...valid, ...overrides })?.[field]).toBe(message);
  });

  it('defaults the headcount to one person', () => {
    expect(checkInput(signUpInput, valid)).toBeNull();
  });
});

describe('event schema', () => {
  const T0 = Date.UTC(2026, 5, 16, 1);
  const session = { title: '咨询区', startAt: T0, endAt: T0 + 1000, capacity: 10, waitlistEnabled: true };
  const event = {
    title: '咨询日',
    venue: { name: '广场', address: '人民路' },
    allowGroups: false,
    sessions: [session],
  };
  it.each([
    [{}, null],
    [{ sessions: [] }, { sessions: '请至少添加一个场次' }],
    [{ sessions: [{ ...session, endAt: T0 }] }, { 'sessions.0.endAt': '结束时间需晚于开始时间' }],
    [{ sessions: [{ ...session, capacity: 0 }] }, { 'sessions.0.capacity': '名额至少 1 个' }],
    [{ title: '' }, { title: '请填写活动名称' }],
    [{ venue: { name: '广场', address: '' } }, { 'venue.address': '请填写场地地址' }],
  ])('%j → %j', (overrides, errors) => {
    expect(checkInput(saveEventInput, { ...event, ...overrides })).toEqual(errors);
  });
});

describe('registration rules', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['19900000000', '199****0000'],
  ])('masks %s as %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([
    ['ev0123456789', 'e=ev0123456789'],
    ['a'.repeat(30), `e=${'a'.repeat(30)}`],
    ['a'.repeat(31), null],
    ['bad id', null],
  ])('encodes event %s as scene %j (≤ 32 chars)', (id, scene) => {
    expect(encodeScene(id)).toBe(scene);
    if (scene) expect(decodeScene(encodeURIComponent(scene))).toBe(id);
  });

  it.each([['x=abc'], ['e='], ['e=a b'], ['%E0%A4%A'], [`e=${'a'.repeat(31)}`]])('rejects scene %j', (scene) =>
    expect(decodeScene(scene)).toBeNull(),
  );

  const transitions: [RegistrationStatus, RegistrationStatus, boolean][] = [
    ['confirmed', 'cancelled', true],
    ['confirmed', 'checked_in', true],
    ['confirmed', 'waitlisted', false],
    ['waitlisted', 'confirmed', true],
    ['waitlisted', 'checked_in', false],
    ['waitlisted', 'cancelled', true],
    ['cancelled', 'confirmed', true],
    ['cancelled', 'checked_in', false],
    ['checked_in', 'cancelled', false],
    ['checked_in', 'confirmed', true],
  ];
  it.each(transitions)('%s → %s allowed: %s', (from, to, ok) => expect(canTransition(from, to)).toBe(ok));

  it.each([
    ['confirmed', 100, true],
    ['waitlisted', 100, true],
    ['confirmed', 200, false],
    ['checked_in', 100, false],
    ['cancelled', 100, false],
  ] as const)('%s at %d before a 200 start is cancellable: %s', (status, now, ok) =>
    expect(canCancel(status, { startAt: 200 }, now)).toBe(ok),
  );

  it.each([
    ['open', [{ endAt: 300 }], 100, 'open'],
    ['closed', [{ endAt: 300 }], 100, 'closed'],
    ['open', [{ endAt: 300 }, { endAt: 50 }], 100, 'open'],
    ['open', [{ endAt: 50 }], 100, 'ended'],
    ['closed', [{ endAt: 50 }], 100, 'ended'],
    ['open', [], 100, 'closed'],
  ] as const)('event %s with sessions %j at %d is %s', (status, sessions, now, state) =>
    expect(eventState(status, [...sessions], now)).toBe(state),
  );

  it.each([
    ['open', 200, 100, null],
    ['closed', 200, 100, '该活动已停止报名'],
    ['open', 100, 100, '该场次已开始或已结束，报名已截止'],
  ] as const)('sign-up to %s event starting %d at %d → %j', (status, startAt, now, refusal) =>
    expect(signUpRefusal(status, { startAt }, now)).toBe(refusal),
  );

  it.each([
    [false, 1, null],
    [false, 2, '该活动只接受个人报名'],
    [true, 5, null],
  ])('groups allowed %s, headcount %d → %j', (allow, n, refusal) => expect(headcountRefusal(allow, n)).toBe(refusal));

  it.each([
    [{ eventId: 'b', status: 'confirmed' }, '这张票不属于本活动，请核对活动'],
    [{ eventId: 'a', status: 'confirmed' }, null],
    [{ eventId: 'a', status: 'cancelled' }, '该报名已取消，票无效'],
    [{ eventId: 'a', status: 'waitlisted' }, '该报名仍在候补中，尚未获得名额'],
    [
      { eventId: 'a', status: 'checked_in', checkedInAt: Date.UTC(2026, 5, 16, 1, 5) },
      '这张票已于 2026-06-16 09:05 签到，不能重复使用',
    ],
  ] as const)('check-in of %j at event a → %j', (registration, refusal) =>
    expect(ticketCheckInRefusal(registration, 'a', chinaTime)).toBe(refusal),
  );

  // The organizer's screen showed the check-in at 09:05 China time on 16 June 2026.
  const seen = Date.UTC(2026, 5, 16, 1, 5);
  it.each([
    [{ eventId: 'a', status: 'checked_in', checkedInAt: seen }, null],
    [{ eventId: 'b', status: 'checked_in', checkedInAt: seen }, '这条报名不属于本活动，请核对活动'],
    [
      { eventId: 'a', status: 'checked_in', checkedInAt: seen + 60_000 },
      '这张票的签到已被更新（现为 2026-06-16 09:06 签到），请刷新后再决定是否撤销',
    ],
    [{ eventId: 'a', status: 'confirmed' }, '该报名尚未签到，无需撤销'],
    [{ eventId: 'a', status: 'confirmed', checkInUndoneAt: 1 }, 'undone'],
    [{ eventId: 'a', status: 'cancelled' }, '该报名已取消，没有可撤销的签到'],
    [{ eventId: 'a', status: 'waitlisted' }, '该报名仍在候补中，没有可撤销的签到'],
  ] as const)('undoing the check-in seen at 09:05, of %j at event a → %j', (registration, refusal) =>
    expect(undoCheckInRefusal(registration, 'a', seen, chinaTime)).toBe(refusal),
  );
});

describe('session reminders', () => {
  const now = Date.UTC(2026, 5, 16, 0, 0);
  it.each([
    [now + 60_000, true],
    [now + 2 * 3600_000, true],
    [now + 2 * 3600_000 + 1, false],
    [now, false],
    [now - 60_000, false],
  ])('a session starting at %i is due: %s', (startAt, due) => {
    expect(reminderDue({ startAt }, now)).toBe(due);
  });
});
