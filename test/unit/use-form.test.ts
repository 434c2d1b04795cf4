/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import * as v from 'valibot';
import { AppError } from '@domain/common/errors';
import { text } from '@domain/common/validation';
import { clearedErrors, useForm, type FormOptions } from '@/hooks/useForm';
import { ApiError } from '@/services/api-error';
import { renderHook } from '../support/render-hook';
import { storage } from '../support/taro-storage';

const calls: string[] = [];
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    ...jest.requireActual<typeof import('../support/taro-storage')>('../support/taro-storage').storageApi,
    pageScrollTo: (options: { selector: string }) => {
      calls.push(`scroll ${options.selector}`);
      return Promise.resolve();
    },
  },
}));

const schema = v.strictObject({
  name: text('姓名', 20),
  phone: v.pipe(v.string(), v.regex(/^1\d{10}$/, '请填写手机号')),
});
type Draft = { name: string; phone: string };
type Input = v.InferOutput<typeof schema>;

function mount(options: Partial<FormOptions<Draft, Input, string>>) {
  const hook = renderHook(() =>
    useForm<Draft, Input, string>({
      initial: { name: '', phone: '' },
      schema,
      toInput: (d) => d,
      send: async () => 'sent',
      ...options,
    }),
  );
  return {
    get form() {
      return hook.current;
    },
    unmount: hook.unmount,
  };
}

beforeEach(() => {
  storage.clear();
  calls.length = 0;
});

describe('useForm: the one form hook', () => {
  it('marks every field in one pass and scrolls to the first', async () => {
    const send = jest.fn(async () => 'x');
    const f = mount({ send, fieldSelector: (field) => `#f-${field}` });
    await act(async () => {
      expect(await f.form.submit()).toBeNull();
    });
    expect(f.form.errors).toEqual({ name: '请填写姓名', phone: '请填写手机号' });
    expect(f.form.message).toBe('请填写姓名');
    expect(calls).toEqual(['scroll #f-name']);
    expect(send).not.toHaveBeenCalled();
    f.unmount();
  });

  it('adds domain rules to the same pass', async () => {
    const f = mount({ rules: () => ({ phone: '号码已登记' }) });
    act(() => f.form.change({ name: '张三', phone: '13800001234' }));
    await act(async () => {
      await f.form.submit();
    });
    expect(f.form.errors).toEqual({ phone: '号码已登记' });
    f.unmount();
  });

  it('ignores a second tap while the first is still sending (double tap sends once)', async () => {
    let release: (v: string) => void = () => undefined;
    const send = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const done = jest.fn();
    const f = mount({ send, done });
    act(() => f.form.change({ name: '张三', phone: '13800001234' }));
    let first: Promise<string | null> = Promise.resolve(null);
    let second: Promise<string | null> = Promise.resolve(null);
    await act(async () => {
      first = f.form.submit();
      second = f.form.submit();
      await Promise.resolve();
    });
    expect(f.form.busy).toBe(true);
    await act(async () => {
      release('ok');
      await first;
    });
    expect(await second).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith('ok', { name: '张三', phone: '13800001234' });
    f.unmount();
  });

  it('runs `first` before any await in the tap, and still sends when it fails', async () => {
    const order: string[] = [];
    const f = mount({
      first: () => {
        order.push('prompt');
        return Promise.reject(new Error('refused'));
      },
      send: async () => {
        order.push('send');
        return 'ok';
      },
    });
    act(() => f.form.change({ name: '张三', phone: '13800001234' }));
    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = f.form.submit();
      // Synchronously, inside the same tap: the prompt has been asked already.
      expect(order).toEqual(['prompt']);
    });
    await act(async () => {
      await pending;
    });
    expect(order).toEqual(['prompt', 'send']);
    f.unmount();
  });

  it('keeps the draft across a reload and forgets it once sent', async () => {
    const first = mount({ draftKey: 'draft:test' });
    act(() => first.form.change({ name: '李四' }));
    first.unmount();
    expect(storage.get('draft:test')).toEqual({ name: '李四', phone: '' });

    const again = mount({ draftKey: 'draft:test' });
    expect(again.form.draft).toEqual({ name: '李四', phone: '' });
    expect(again.form.restored).toBe(true);
    act(() => again.form.change({ phone: '13800001234' }));
    await act(async () => {
      await again.form.submit();
    });
    expect(storage.has('draft:test')).toBe(false);
    again.unmount();
  });

  it('puts the server’s field errors on the fields and keeps the draft', async () => {
    const f = mount({
      draftKey: 'draft:server',
      send: async () => {
        throw new ApiError('invalid_input', '手机号已报名', { phone: '手机号已报名' });
      },
    });
    act(() => f.form.change({ name: '张三', phone: '13800001234' }));
    await act(async () => {
      await f.form.submit();
    });
    expect(f.form.errors).toEqual({ phone: '手机号已报名', _: '手机号已报名' });
    expect(storage.get('draft:server')).toEqual({ name: '张三', phone: '13800001234' });
    f.unmount();
  });

  it('sends the tapped button’s choice with the draft for that send only, never keeping it', async () => {
    type Choosing = Draft & { to: string };
    const sent: Choosing[] = [];
    const latest = renderHook(() =>
      useForm<Choosing, Input, string>({
        initial: { name: '', phone: '', to: '' },
        schema,
        toInput: ({ name, phone }) => ({ name, phone }),
        rules: (_input, d): Record<string, string> => (d.to ? {} : { _: '请选择操作' }),
        draftKey: 'draft:choice',
        send: async (_input, d) => {
          sent.push(d);
          throw new ApiError('conflict', '刚被其他人处理过');
        },
      }),
    );
    act(() => latest.current.change({ name: '张三', phone: '13800001234' }));
    await act(async () => {
      await latest.current.submit({ to: 'closed' });
    });
    expect(sent).toEqual([{ name: '张三', phone: '13800001234', to: 'closed' }]);
    // Refused: the typed draft stays, the button's choice does not.
    expect(latest.current.draft).toEqual({ name: '张三', phone: '13800001234', to: '' });
    expect(storage.get('draft:choice')).toEqual({ name: '张三', phone: '13800001234', to: '' });
    await act(async () => {
      expect(await latest.current.submit()).toBeNull();
    });
    expect(latest.current.message).toBe('请选择操作');
    expect(sent).toHaveLength(1);
    latest.unmount();
  });

  it('asks `confirm` only once the checks pass; 再想想 sends nothing and keeps the draft', async () => {
    const send = jest.fn(async () => 'sent');
    const done = jest.fn();
    const answers = [false, true];
    const confirm = jest.fn(async () => answers.shift() ?? false);
    const f = mount({ send, done, confirm, draftKey: 'draft:confirm' });
    await act(async () => {
      await f.form.submit();
    });
    // An incomplete form is marked, never asked about.
    expect(confirm).not.toHaveBeenCalled();
    act(() => f.form.change({ name: '张三', phone: '13800001234' }));
    await act(async () => {
      expect(await f.form.submit()).toBeNull();
    });
    expect(confirm).toHaveBeenCalledWith(
      { name: '张三', phone: '13800001234' },
      { name: '张三', phone: '13800001234' },
    );
    expect(send).not.toHaveBeenCalled();
    expect([f.form.busy, f.form.message]).toEqual([false, null]);
    expect(storage.get('draft:confirm')).toEqual({ name: '张三', phone: '13800001234' });
    await act(async () => {
      expect(await f.form.submit()).toBe('sent');
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledTimes(1);
    expect(storage.has('draft:confirm')).toBe(false);
    f.unmount();
  });

  it('ignores taps while the confirmation is open (one question, one send)', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    const confirm = jest.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const send = jest.fn(async () => 'sent');
    const f = mount({ send, confirm });
    act(() => f.form.change({ name: '张三', phone: '13800001234' }));
    let first: Promise<string | null> = Promise.resolve(null);
    await act(async () => {
      first = f.form.submit();
      await Promise.resolve();
      expect(await f.form.submit()).toBeNull();
    });
    await act(async () => {
      answer(true);
      await first;
    });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
    f.unmount();
  });

  it('clears a field’s error, and a nested path ending in it, as soon as it changes', () => {
    const errors = { 'location.address': '请填写隐患地址', category: '请选择隐患类别', _: '请填写隐患地址' };
    expect(clearedErrors(errors, ['address'])).toEqual({ category: '请选择隐患类别' });
    expect(clearedErrors({ contact: '请填写联系方式', 'contact.name': '请填写姓名' }, ['contact'])).toEqual({});
    expect(new AppError('invalid_input', 'x').code).toBe('invalid_input');
  });
});
