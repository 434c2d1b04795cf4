/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import type { HandlerReport } from '@domain/reports/types';
import { ApiError } from '@/services/api-error';
import { MODAL_BUTTON_MAX } from '@/services/confirm';
import { useReviewForm } from '@/packageHandler/hooks/useReviewForm';
import { useSeverityForm } from '@/packageHandler/hooks/useSeverityForm';
import { transitionDraftKey, useTransitionForm } from '@/packageHandler/hooks/useTransitionForm';
import { deadlineRange } from '@domain/reports/rectification';
import { useRerouteForm } from '@/packageHandler/hooks/useRerouteForm';
import { renderHook } from '../support/render-hook';
import { storage } from '../support/taro-storage';

const modals: { title: string; cancelText: string; confirmText: string }[] = [];
const answers: boolean[] = [];
const sent: [string, string, Record<string, unknown>][] = [];

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    ...jest.requireActual<typeof import('../support/taro-storage')>('../support/taro-storage').storageApi,
    pageScrollTo: () => Promise.resolve(),
    showModal: async (modal: { title: string; cancelText: string; confirmText: string }) => {
      modals.push(modal);
      return { confirm: answers.shift() ?? false };
    },
  },
}));
/** Errors the next calls answer with (as the server would), in order; none: the call succeeds. */
const refusals: Error[] = [];
jest.mock('@/services/cloud', () => ({
  callFunction: async (name: string, action: string, payload: Record<string, unknown>) => {
    sent.push([name, action, payload]);
    const refusal = refusals.shift();
    if (refusal) throw refusal;
    return {};
  },
}));

const report = (over: Partial<HandlerReport> = {}) =>
  ({ _id: 'r1', status: 'accepted', security: 'passed', ...over }) as HandlerReport;

/** The report page's three forms, mounted together as the page mounts them. */
function mount(id: string, r: HandlerReport) {
  const after = jest.fn();
  const hook = renderHook(() => ({
    review: useReviewForm(id, after),
    transition: useTransitionForm(id, r, after),
    severity: useSeverityForm(id, r, after),
  }));
  return {
    after,
    get review() {
      return hook.current.review;
    },
    get transition() {
      return hook.current.transition;
    },
    get severity() {
      return hook.current.severity;
    },
    unmount: hook.unmount,
  };
}

const tap = (run: () => Promise<unknown>) =>
  act(async () => {
    await run();
  });

beforeEach(() => {
  storage.clear();
  modals.length = 0;
  answers.length = 0;
  sent.length = 0;
  refusals.length = 0;
});

describe('one action’s submit never consumes another action’s input', () => {
  it('picking a 隐患等级 sends nothing; saving it leaves the 办结 note as typed', async () => {
    const p = mount('r1', report());
    act(() => p.transition.change({ note: '复查合格，隐患已消除' }));
    act(() => p.severity.change({ severity: 'major' }));
    expect(sent).toEqual([]);

    await tap(() => p.severity.submit());
    expect(p.severity.errors.note).toBe('请填写定级说明');
    expect(sent).toEqual([]);
    act(() => p.severity.change({ note: '依据重大事故隐患判定标准' }));
    await tap(() => p.severity.submit());
    expect(sent).toEqual([
      ['reports', 'setSeverity', { id: 'r1', severity: 'major', note: '依据重大事故隐患判定标准' }],
    ]);
    expect(p.severity.draft).toEqual({ severity: '', note: '' });
    expect(p.transition.draft.note).toBe('复查合格，隐患已消除');
    expect(storage.get(transitionDraftKey('r1'))).toMatchObject({ note: '复查合格，隐患已消除' });
    expect(p.after).toHaveBeenCalledTimes(1);
    p.unmount();
  });

  it('a status change leaves a half-typed 定级说明 alone', async () => {
    const p = mount('r1', report());
    act(() => p.severity.change({ severity: 'general', note: '待现场核实' }));
    act(() => p.transition.change({ note: '已责令限期整改' }));
    // 转入整改 without a 整改限期 is marked under its picker and sends nothing.
    await tap(() => p.transition.move('rectifying'));
    expect(p.transition.errors.deadline).toBe('请选择整改限期');
    expect(sent).toEqual([]);
    const { suggested } = deadlineRange(Date.now());
    act(() => p.transition.change({ deadline: suggested }));
    expect(p.transition.errors.deadline).toBeUndefined();
    await tap(() => p.transition.move('rectifying'));
    expect(sent).toEqual([
      ['reports', 'transition', { id: 'r1', to: 'rectifying', note: '已责令限期整改', deadline: suggested }],
    ]);
    expect(p.severity.draft).toEqual({ severity: 'general', note: '待现场核实' });
    expect(p.transition.draft.note).toBe('');
    p.unmount();
  });

  it('refuses to save the level the report already has, before sending', async () => {
    const p = mount('r1', report({ severity: 'major' }));
    act(() => p.severity.change({ severity: 'major', note: '复核' }));
    await tap(() => p.severity.submit());
    expect(p.severity.errors.severity).toMatch(/已定为“重大隐患”/);
    expect(sent).toEqual([]);
    p.unmount();
  });
});

describe('no accidental one-tap sends of a change that cannot be undone', () => {
  it('办结 asks 再想想 / 确认办结; 再想想 sends nothing and keeps the note', async () => {
    const p = mount('r1', report({ status: 'rectifying' }));
    act(() => p.transition.change({ note: '复查合格' }));
    answers.push(false);
    await tap(() => p.transition.move('closed'));
    expect(modals).toEqual([
      expect.objectContaining({ title: '确认办结？', cancelText: '再想想', confirmText: '确认办结' }),
    ]);
    expect(sent).toEqual([]);
    expect(p.transition.draft.note).toBe('复查合格');
    expect(p.transition.busy).toBe(false);

    answers.push(true);
    await tap(() => p.transition.move('closed'));
    expect(sent).toEqual([['reports', 'transition', { id: 'r1', to: 'closed', note: '复查合格' }]]);
    expect(p.transition.draft.note).toBe('');
    expect(storage.has(transitionDraftKey('r1'))).toBe(false);
    p.unmount();
  });

  it('不予受理 marks a missing reason under the reasons, asks before sending, and sends only what the reason needs', async () => {
    const p = mount('r1', report({ status: 'submitted' }));
    act(() => p.transition.change({ note: '经核实不属实', referral: '留在草稿里的去向' }));
    await tap(() => p.transition.move('rejected'));
    expect(p.transition.errors.reasonId).toBe('请选择不予受理的理由');
    act(() => p.transition.change({ reasonId: 'duplicate' }));
    await tap(() => p.transition.move('rejected'));
    expect(p.transition.errors.linkedTrackingNo).toMatch(/请填写此前已受理的举报编号/);
    expect([modals, sent]).toEqual([[], []]);

    act(() => p.transition.change({ linkedTrackingNo: 'YH20260616-000123' }));
    answers.push(true);
    await tap(() => p.transition.move('rejected'));
    expect(modals.map((m) => [m.title, m.cancelText, m.confirmText])).toEqual([['确认不予受理？', '再想想', '确认']]);
    expect(sent).toEqual([
      [
        'reports',
        'transition',
        {
          id: 'r1',
          to: 'rejected',
          note: '经核实不属实',
          reasonId: 'duplicate',
          linkedTrackingNo: 'YH20260616-000123',
        },
      ],
    ]);
    p.unmount();
  });

  it('受理 and 转入整改 go at once; a 审核 不通过 asks first and needs its reason, 通过 needs none', async () => {
    const p = mount('r1', report({ status: 'submitted', security: 'held' }));
    await tap(() => p.review.decide('hold'));
    expect([p.review.message, modals.length, sent.length]).toEqual(['请填写审核说明', 0, 0]);
    act(() => p.review.change({ note: '照片与描述不符' }));
    answers.push(true);
    await tap(() => p.review.decide('hold'));
    expect(modals.map((m) => m.confirmText)).toEqual(['确认']);
    expect(sent).toEqual([['reports', 'moderate', { id: 'r1', decision: 'hold', note: '照片与描述不符' }]]);

    await tap(() => p.review.decide('pass'));
    expect(sent[1]).toEqual(['reports', 'moderate', { id: 'r1', decision: 'pass', note: '人工审核通过' }]);
    act(() => p.transition.change({ note: '已受理' }));
    await tap(() => p.transition.move('accepted'));
    expect(modals).toHaveLength(1);
    expect(sent[2]).toEqual(['reports', 'transition', { id: 'r1', to: 'accepted', note: '已受理' }]);
    for (const m of modals) expect(m.cancelText).toBe('再想想');
    for (const m of modals) expect(m.confirmText.length).toBeLessThanOrEqual(MODAL_BUTTON_MAX);
    p.unmount();
  });
});

describe('someone else was first', () => {
  it('reloads the report on a conflict and keeps the note, with the server’s message', async () => {
    const p = mount('r1', report());
    act(() => p.transition.change({ note: '已责令限期整改', deadline: deadlineRange(Date.now()).suggested }));
    refusals.push(new ApiError('conflict', '这条举报刚被其他人处理过，请刷新后再试'));
    await tap(() => p.transition.move('rectifying'));
    expect(p.after).toHaveBeenCalledTimes(1);
    expect(p.transition.message).toBe('这条举报刚被其他人处理过，请刷新后再试');
    expect(p.transition.draft.note).toBe('已责令限期整改');

    refusals.push(new ApiError('invalid_input', '处理说明不能超过 300 个字', { note: '处理说明不能超过 300 个字' }));
    await tap(() => p.transition.move('rectifying'));
    // Only a conflict means the page is out of date.
    expect(p.after).toHaveBeenCalledTimes(1);
    expect(p.transition.errors.note).toBe('处理说明不能超过 300 个字');
    p.unmount();
  });
});

describe('drafts', () => {
  it('keeps each report’s notes across Back and reload, never on another report', () => {
    const first = mount('r1', report());
    act(() => first.transition.change({ note: '已电话联系单位负责人' }));
    act(() => first.severity.change({ severity: 'general' }));
    first.unmount();
    const again = mount('r1', report());
    expect(again.transition.draft.note).toBe('已电话联系单位负责人');
    expect(again.severity.draft.severity).toBe('general');
    again.unmount();
    const other = mount('r2', report({ _id: 'r2' }));
    expect([other.transition.draft.note, other.severity.draft.severity]).toEqual(['', '']);
    other.unmount();
  });
});

describe('转办', () => {
  function mountReroute(r: HandlerReport) {
    const reload = jest.fn();
    const leave = jest.fn();
    const hook = renderHook(() => useRerouteForm(r._id, r, reload, leave));
    return {
      reload,
      leave,
      get form() {
        return hook.current;
      },
      unmount: hook.unmount,
    };
  }

  it('needs another channel and a reason, asks first (再想想 sends nothing), then leaves for the queue', async () => {
    const p = mountReroute(report({ channelId: '12350' }));
    await tap(() => p.form.submit());
    expect(p.form.errors).toMatchObject({ channelId: '请选择转办的渠道', reason: '请填写转办理由' });
    act(() => p.form.change({ channelId: '12350', reason: '属城镇燃气' }));
    await tap(() => p.form.submit());
    expect(p.form.errors.channelId).toBe('这条举报已在该渠道，请选择其他渠道');
    expect(modals).toEqual([]);

    act(() => p.form.change({ channelId: '12345' }));
    answers.push(false);
    await tap(() => p.form.submit());
    expect(modals.map((m) => [m.cancelText, m.confirmText])).toEqual([['再想想', '确认转办']]);
    expect(sent).toEqual([]);
    expect(p.form.draft).toEqual({ channelId: '12345', reason: '属城镇燃气' });

    answers.push(true);
    await tap(() => p.form.submit());
    expect(sent).toEqual([['reports', 'reroute', { id: 'r1', channelId: '12345', reason: '属城镇燃气' }]]);
    expect(p.leave).toHaveBeenCalledTimes(1);
    expect(p.form.draft).toEqual({ channelId: '', reason: '' });
    p.unmount();
  });
});
