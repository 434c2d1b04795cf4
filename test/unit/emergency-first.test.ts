/**
 * @jest-environment jsdom
 */
/**
 * The emergency check runs before any other field check: "正在着火，有人被困"
 * (9 characters, below the description's 10) is told to call 119, never that it
 * is too short, on the phone (the 随手拍 form hook) and in the rule the function
 * applies before its schema (test/integration/reports-emergency.test.ts).
 */
import { act } from 'react';
import { EMERGENCY_MESSAGE, emergencyIn } from '@domain/reports/emergency';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { useReportForm } from '@/hooks/useReportForm';
import { renderHook } from '../support/render-hook';

const calls: string[] = [];
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    removeStorageSync: () => undefined,
    pageScrollTo: () => Promise.resolve(),
  },
}));
jest.mock('@/services/cloud', () => ({
  callFunction: (name: string, action: string) => {
    calls.push(`${name}.${action}`);
    return action === 'statusTemplate' ? Promise.resolve({ templateId: null }) : new Promise(() => undefined);
  },
}));
jest.mock('@/services/location', () => ({ pickLocation: jest.fn() }));
jest.mock('@/services/photos', () => ({ choosePhotos: jest.fn(), preparePhoto: jest.fn(), uploadPhoto: jest.fn() }));
jest.mock('@/services/subscribe', () => ({ askForStatusMessages: () => Promise.resolve() }));
jest.mock('@/services/privacy', () => ({ ensurePrivacyConsent: () => Promise.resolve(true) }));

function mount() {
  const hook = renderHook(() => useReportForm(() => undefined));
  return {
    get form() {
      return hook.current;
    },
    unmount: hook.unmount,
  };
}

beforeEach(() => {
  calls.length = 0;
});

describe('the emergency check runs before any other field check', () => {
  it.each(['正在着火，有人被困', '着火了', '救命', '有人被困', '厨房起火啦', '有人落水'])(
    'the rule reads "%s" as an emergency even though it is short',
    (description) => {
      expect(emergencyIn({ description })).not.toBeNull();
      // Whatever else the submission lacks or gets wrong.
      expect(emergencyIn({ description, photos: 'x', seenAt: -1 })).not.toBeNull();
    },
  );

  it('reads nothing else: no description, a confirmation, or a hazard is not an emergency', () => {
    expect('正在着火，有人被困'.length).toBeLessThan(REPORT_LIMITS.descriptionMin);
    expect(emergencyIn({ description: '正在着火，有人被困', notHappeningNow: true })).toBeNull();
    expect(emergencyIn({ description: '楼道里有电动车充电，存在火灾隐患' })).toBeNull();
    for (const odd of [null, undefined, '正在着火', [], { description: 119 }]) expect(emergencyIn(odd)).toBeNull();
  });

  it('the 随手拍 form answers "正在着火，有人被困" with call-now before the length rule, and sends nothing', async () => {
    const f = mount();
    act(() => f.form.update({ description: '正在着火，有人被困' }));
    await act(async () => {
      expect(await f.form.submit()).toBeNull();
    });
    expect(f.form.emergency).toBe(EMERGENCY_MESSAGE);
    expect(f.form.errors).toEqual({});
    expect(calls).not.toContain('reports.submit');
    f.unmount();
  });

  it('after 不是正在发生，继续提交 the form checks its fields and shows them, the call-now screen stepping aside', async () => {
    const f = mount();
    act(() => f.form.update({ description: '正在着火，有人被困' }));
    await act(async () => {
      await f.form.submit();
    });
    await act(async () => {
      expect(await f.form.submit(true)).toBeNull();
    });
    expect(f.form.emergency).toBeNull();
    expect(f.form.errors.description).toBe(`隐患描述至少 ${REPORT_LIMITS.descriptionMin} 个字`);
    expect(f.form.errors.photos).toBeTruthy();
    expect(calls).not.toContain('reports.submit');
    f.unmount();
  });

  it('an ordinary hazard goes through the field checks as before', async () => {
    const f = mount();
    act(() => f.form.update({ description: '楼道堆杂物' }));
    await act(async () => {
      await f.form.submit();
    });
    expect(f.form.emergency).toBeNull();
    expect(f.form.errors.description).toBe(`隐患描述至少 ${REPORT_LIMITS.descriptionMin} 个字`);
    f.unmount();
  });
});
