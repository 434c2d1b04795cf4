/**
 * @jest-environment jsdom
 */
/**
 * A hand-in with unanswered questions asks first: 交卷 with questions left
 * blank asks "还有 N 题未作答，确定交卷？" (继续作答 / 确定交卷) and sends only on
 * 确定交卷; all answered sends at once; the countdown's hand-in at time-out
 * asks nothing.
 */
import { act } from 'react';
import { handInQuestion, unansweredCount } from '@domain/quiz/rules';
import type { RoundStart } from '@domain/quiz/types';
import { useQuizRound } from '@/packageQuiz/hooks/useQuizRound';
import { callFunction } from '@/services/cloud';
import { renderHook } from '../support/render-hook';

const modals: { content: string; cancelText: string; confirmText: string }[] = [];
let answer = { confirm: false };
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    removeStorageSync: () => undefined,
    showModal: (modal: { content: string; cancelText: string; confirmText: string }) => {
      modals.push(modal);
      return Promise.resolve(answer);
    },
  },
}));
jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }));
const call = callFunction as jest.Mock;

const QUESTIONS = ['q1', 'q2', 'q3'].map((_id) => ({ _id, kind: 'single', stem: _id, options: ['甲', '乙'] }));

function mount() {
  const hook = renderHook(() => useQuizRound());
  return { r: () => hook.current, unmount: hook.unmount };
}

/** Starts a round of three questions that ends `limitMs` from now. */
async function started(limitMs = 300_000) {
  const now = Date.now();
  const round = { roundId: `r${now}`, unit: null, questions: QUESTIONS, startedAt: now, deadline: now + limitMs };
  call.mockImplementation(async (_fn: string, action: string) =>
    action === 'start' ? (round as unknown as RoundStart) : { score: 0 },
  );
  const m = mount();
  await act(async () => {
    await m.r().start(null);
  });
  return m;
}

const handIns = () => call.mock.calls.filter(([, action]) => action === 'submit');

beforeEach(() => {
  modals.length = 0;
  call.mockReset();
  answer = { confirm: false };
});

describe('a hand-in with unanswered questions asks first', () => {
  it('counts the questions with no option chosen, and asks only when there are some', () => {
    expect(unansweredCount(['a', 'b', 'c'], { a: [0], b: [] })).toBe(2);
    expect(handInQuestion(2)).toEqual({
      title: '交卷确认',
      content: '还有 2 题未作答，确定交卷？',
      cancelText: '继续作答',
      confirmText: '确定交卷',
    });
    expect(handInQuestion(0)).toBeNull();
  });

  it('继续作答 keeps the round open and sends nothing; 确定交卷 hands it in', async () => {
    const m = await started();
    act(() => m.r().toggle(0));
    await act(async () => {
      await m.r().submit();
    });
    expect(modals.map((x) => [x.content, x.cancelText, x.confirmText])).toEqual([
      ['还有 2 题未作答，确定交卷？', '继续作答', '确定交卷'],
    ]);
    expect(handIns()).toHaveLength(0);
    expect(m.r().stage).toBe('answering');

    answer = { confirm: true };
    await act(async () => {
      await m.r().submit();
    });
    expect(handIns()).toHaveLength(1);
    expect(handIns()[0][2].answers).toEqual([
      { questionId: 'q1', chosen: [0] },
      { questionId: 'q2', chosen: [] },
      { questionId: 'q3', chosen: [] },
    ]);
    expect(m.r().stage).toBe('result');
    m.unmount();
  });

  it('every question answered: hands in at once, without asking', async () => {
    const m = await started();
    for (let i = 0; i < 3; i += 1) {
      act(() => m.r().go(i));
      act(() => m.r().toggle(1));
    }
    await act(async () => {
      await m.r().submit();
    });
    expect(modals).toHaveLength(0);
    expect(handIns()).toHaveLength(1);
    m.unmount();
  });

  it('the countdown hands in at time-out without asking, once', async () => {
    jest.useFakeTimers();
    try {
      const m = await started(2_000);
      await act(async () => {
        jest.advanceTimersByTime(3_000);
      });
      await act(async () => {
        jest.advanceTimersByTime(2_000);
      });
      expect(modals).toHaveLength(0);
      expect(handIns()).toHaveLength(1);
      expect(m.r().stage).toBe('result');
      m.unmount();
    } finally {
      jest.useRealTimers();
    }
  });
});
