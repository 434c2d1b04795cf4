/**
 * @jest-environment jsdom
 */
/**
 * The event desk's answers (useTicketCheckIn): a one-tap 签到's refusal is
 * shown beside its row, not at the desk, and every answer lasts only until the
 * next action, so a stale refusal never sits beside a later success.
 */
import { act } from 'react';
import { ApiError } from '@/services/api-error';
import { useTicketCheckIn } from '@/packageOrganizer/hooks/useTicketCheckIn';
import { renderHook } from '../support/render-hook';

const answers: (Error | Record<string, unknown>)[] = [];
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    removeStorageSync: () => undefined,
    pageScrollTo: () => Promise.resolve(),
    showModal: async () => ({ confirm: true }),
    showToast: async () => undefined,
  },
}));
jest.mock('@/services/scan', () => ({ canScan: false, scanText: async () => null }));
jest.mock('@/services/cloud', () => ({
  callFunction: async () => {
    const next = answers.shift();
    if (next instanceof Error) throw next;
    return next;
  },
}));

const early = () =>
  new ApiError('conflict', '“咨询区”场次尚未开始签到，签到时间为 2026-12-07 08:00 至 12:30（北京时间）');
const wangwu = { _id: 'r-wang', name: '王五', sessionTitle: '咨询区', checkedInAt: Date.UTC(2026, 11, 7, 1) };

function mount() {
  const hook = renderHook(() => useTicketCheckIn('e1', () => undefined));
  return {
    get desk() {
      return hook.current;
    },
    unmount: hook.unmount,
  };
}
const run = (work: () => Promise<unknown>) =>
  act(async () => {
    await work();
  });

beforeEach(() => {
  answers.length = 0;
});

describe('an answer is shown beside what it is about, until the next action', () => {
  it('a refused one-tap 签到 is under its row, not at the desk; the next tap replaces it', async () => {
    const p = mount();
    answers.push(early());
    await run(() => p.desk.manual('r-wang'));
    expect(p.desk.result).toBeNull();
    expect(p.desk.rowAnswer).toMatchObject({
      ok: false,
      registrationId: 'r-wang',
      text: expect.stringMatching(/尚未开始签到/),
    });

    answers.push(wangwu);
    await run(() => p.desk.manual('r-wang'));
    expect(p.desk.rowAnswer).toEqual({ ok: true, registrationId: 'r-wang', text: '签到成功：王五（咨询区）' });
    expect(p.desk.undoable).toEqual(wangwu);

    answers.push(wangwu);
    await run(() => p.desk.undoLast());
    expect(p.desk.rowAnswer).toEqual({
      ok: true,
      registrationId: 'r-wang',
      text: '已撤销 王五 的签到，该票可再次签到',
    });
    p.unmount();
  });

  it('a typed 票码 refused at the desk goes when a row is tapped, and a row refusal goes when a 票码 is typed', async () => {
    const p = mount();
    act(() => p.desk.setTicket('1234 5678'));
    answers.push(early());
    await run(() => p.desk.submitTyped());
    expect(p.desk.result).toMatchObject({ ok: false, text: expect.stringMatching(/尚未开始签到/) });

    answers.push(new ApiError('conflict', '该报名已签到'));
    await run(() => p.desk.manual('r-li'));
    expect(p.desk.result).toBeNull();
    expect(p.desk.rowAnswer).toEqual({ ok: false, registrationId: 'r-li', text: '该报名已签到' });

    act(() => p.desk.setTicket('8765 4321'));
    expect(p.desk.rowAnswer).toBeNull();
    expect(p.desk.result).toBeNull();

    answers.push(wangwu);
    await run(() => p.desk.submitTyped());
    expect(p.desk.result).toEqual({ ok: true, text: '签到成功：王五（咨询区）' });
    expect(p.desk.rowAnswer).toBeNull();
    p.unmount();
  });

  it('撤销签到 on a row clears the answers before it asks', async () => {
    const p = mount();
    answers.push(early());
    await run(() => p.desk.manual('r-wang'));
    answers.push(wangwu);
    await run(() => p.desk.undoRow(wangwu));
    expect(p.desk.rowAnswer).toEqual({
      ok: true,
      registrationId: 'r-wang',
      text: '已撤销 王五 的签到，该票可再次签到',
    });
    expect(p.desk.result).toBeNull();
    p.unmount();
  });
});
