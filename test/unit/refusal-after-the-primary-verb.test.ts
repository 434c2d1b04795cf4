/**
 * @jest-environment jsdom
 */
/**
 * A handler page's primary verb comes first: the 不予受理 reasons are not on
 * screen while the handler means to 受理, appear on the first tap of 不予受理
 * (which still sends nothing without a reason and is still asked first), and stay
 * until the report moves on.
 */
import { act } from 'react';
import type { HandlerReport } from '@domain/reports/types';
import type { ReportStatus } from '@domain/reports/status';
import { useRejectReasons } from '@/packageHandler/hooks/useRejectReasons';
import { transitionDraftKey, useTransitionForm } from '@/packageHandler/hooks/useTransitionForm';
import { renderHook } from '../support/render-hook';
import { storage } from '../support/taro-storage';

const modals: string[] = [];
const sent: [string, string, Record<string, unknown>][] = [];

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    ...jest.requireActual<typeof import('../support/taro-storage')>('../support/taro-storage').storageApi,
    pageScrollTo: () => Promise.resolve(),
    showModal: async (modal: { title: string }) => {
      modals.push(modal.title);
      return { confirm: true };
    },
  },
}));
jest.mock('@/services/cloud', () => ({
  callFunction: async (name: string, action: string, payload: Record<string, unknown>) => {
    sent.push([name, action, payload]);
    return {};
  },
}));

function mount(status: ReportStatus) {
  const hook = renderHook((s: ReportStatus) => {
    const report = { _id: 'r1', status: s, security: 'passed' } as HandlerReport;
    const form = useTransitionForm('r1', report, () => undefined);
    return { form, shown: useRejectReasons(form.draft, form.errors, s) };
  }, status);
  return {
    get form() {
      return hook.current.form;
    },
    get shown() {
      return hook.current.shown;
    },
    setStatus: hook.rerender,
    unmount: hook.unmount,
  };
}

beforeEach(() => {
  storage.clear();
  modals.length = 0;
  sent.length = 0;
});

describe('refusal after the primary verb', () => {
  it('shows no reasons before 不予受理 is tapped, then the reasons with what is missing, and sends nothing', async () => {
    const p = mount('submitted');
    act(() => p.form.change({ note: '已由街道消防站当场劝导整改' }));
    expect(p.shown).toBe(false);

    await act(async () => {
      await p.form.move('rejected');
    });
    expect(p.shown).toBe(true);
    expect(p.form.errors.reasonId).toBe('请选择不予受理的理由');
    expect(sent).toEqual([]);
    expect(modals).toEqual([]);

    // Unpicking a reason keeps them on screen.
    act(() => p.form.change({ reasonId: 'already_handled' }));
    act(() => p.form.change({ reasonId: '' }));
    expect(p.shown).toBe(true);

    act(() => p.form.change({ reasonId: 'already_handled' }));
    await act(async () => {
      await p.form.move('rejected');
    });
    expect(modals).toEqual(['确认不予受理？']);
    expect(sent).toEqual([
      [
        'reports',
        'transition',
        { id: 'r1', to: 'rejected', note: '已由街道消防站当场劝导整改', reasonId: 'already_handled' },
      ],
    ]);
    p.unmount();
  });

  it('受理 never brings the reasons up, and a report that moved on starts without them', async () => {
    const p = mount('submitted');
    await act(async () => {
      await p.form.move('rejected');
    });
    expect(p.shown).toBe(true);
    act(() => p.form.change({ note: '经核实属实，予以受理' }));
    await act(async () => {
      await p.form.move('accepted');
    });
    expect(sent.map(([, , payload]) => payload.to)).toEqual(['accepted']);
    p.setStatus('accepted');
    expect(p.shown).toBe(false);
    p.unmount();

    const fresh = mount('submitted');
    await act(async () => {
      await fresh.form.move('accepted');
    });
    expect(fresh.shown).toBe(false);
    fresh.unmount();
  });

  it('a kept draft with a reason opens with the reasons shown', () => {
    storage.set(transitionDraftKey('r1'), {
      to: '',
      note: '重复举报',
      reasonId: 'duplicate',
      linkedTrackingNo: '',
      referral: '',
      deadline: '',
    });
    const p = mount('submitted');
    expect(p.shown).toBe(true);
    p.unmount();
  });
});
