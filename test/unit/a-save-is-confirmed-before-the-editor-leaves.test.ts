/**
 * A save's confirmation is seen: Taro's H5 router hides a toast when the page
 * changes, so every editor (theme, article, question, activity, event, 转办)
 * ends a save through `savedThenLeave`: the tick first, the page left only
 * after it has been on screen.
 */
import { SAVED_TOAST_MS, savedThenLeave } from '@/services/saved';

const calls: string[] = [];
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    showToast: async (t: { title: string; icon: string; mask: boolean; duration: number }) => {
      calls.push(`toast ${t.title} ${t.icon} mask=${t.mask} ${t.duration}`);
    },
    navigateBack: async () => {
      calls.push('back');
    },
  },
}));

beforeEach(() => {
  calls.length = 0;
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

describe('a save is confirmed before the editor leaves', () => {
  it('shows 已保存并发布 with a tick for SAVED_TOAST_MS, holding taps, then goes back', async () => {
    const done = savedThenLeave('已保存并发布');
    await jest.advanceTimersByTimeAsync(SAVED_TOAST_MS - 1);
    expect(calls).toEqual([`toast 已保存并发布 success mask=true ${SAVED_TOAST_MS}`]);
    await jest.advanceTimersByTimeAsync(1);
    await done;
    expect(calls).toEqual([`toast 已保存并发布 success mask=true ${SAVED_TOAST_MS}`, 'back']);
  });

  it('leaves the way the editor says (a new activity opens its live screen), after the tick', async () => {
    const done = savedThenLeave('已保存', () => calls.push('redirect'));
    await jest.advanceTimersByTimeAsync(SAVED_TOAST_MS);
    await done;
    expect(calls).toEqual([`toast 已保存 success mask=true ${SAVED_TOAST_MS}`, 'redirect']);
  });

  it('a failed Back (the editor opened on its own) throws nothing', async () => {
    const done = savedThenLeave('已保存', () => Promise.reject(new Error('navigateBack:fail')));
    await jest.advanceTimersByTimeAsync(SAVED_TOAST_MS);
    await expect(done).resolves.toBeUndefined();
  });
});
