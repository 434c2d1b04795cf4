/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import type { RoundStart } from '@domain/quiz/types';
import { resumable, useQuizRound } from '@/packageQuiz/hooks/useQuizRound';
import { renderHook } from '../support/render-hook';
import { storage } from '../support/taro-storage';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    ...jest.requireActual<typeof import('../support/taro-storage')>('../support/taro-storage').storageApi,
  },
}));
jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }));

const NOW = Date.UTC(2026, 5, 16, 2);
const round = (deadline: number): RoundStart =>
  ({
    roundId: 'r1',
    startedAt: NOW - 60_000,
    deadline,
    questions: [
      { _id: 'q1', kind: 'single', stem: '一', options: ['甲', '乙'] },
      { _id: 'q2', kind: 'judge', stem: '二', options: ['正确', '错误'] },
    ],
  }) as unknown as RoundStart;

function mount() {
  const hook = renderHook(() => useQuizRound());
  return { seen: hook, unmount: hook.unmount };
}

describe('a 答题 round survives a reload while its time lasts', () => {
  beforeEach(() => storage.clear());

  it('resumes a kept round only before its deadline', () => {
    const kept = { round: round(NOW + 60_000), offset: 0, index: 1, chosen: { q1: [1] } };
    expect(resumable(kept, NOW)).toBe(kept);
    expect(resumable(kept, NOW + 60_001)).toBeNull();
    expect(resumable('', NOW)).toBeNull();
  });

  it('reopens on the question and choices the person had, and forgets the round once it is over', () => {
    storage.set('quiz:round', { round: round(Date.now() + 60_000), offset: 0, index: 1, chosen: { q1: [1] } });
    const { seen, unmount } = mount();
    expect(seen.current?.stage).toBe('answering');
    expect(seen.current?.index).toBe(1);
    expect(seen.current?.answered).toBe(1);
    act(() => seen.current?.toggle(0));
    expect((storage.get('quiz:round') as { chosen: Record<string, number[]> }).chosen).toEqual({ q1: [1], q2: [0] });
    act(() => seen.current?.again());
    expect(storage.has('quiz:round')).toBe(false);
    unmount();

    storage.set('quiz:round', { round: round(Date.now() - 1), offset: 0, index: 0, chosen: {} });
    const late = mount();
    expect(late.seen.current?.stage).toBe('entry');
    expect(storage.has('quiz:round')).toBe(false);
    late.unmount();
  });
});
