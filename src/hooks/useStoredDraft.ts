import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';

/**
 * A form whose every change is kept in storage under `key`, so nothing typed is
 * lost to a crash, a failed save or a back tap. `stored()` offers it on the next open.
 */
export function useStoredDraft<T extends object>(key: string) {
  const [form, setForm] = useState<T>();

  const stored = useCallback((): T | undefined => (Taro.getStorageSync(key) as T | '') || undefined, [key]);

  const change = useCallback(
    <K extends keyof T>(field: K, value: T[K]) =>
      setForm((old) => {
        if (!old) return old;
        const next = { ...old, [field]: value };
        Taro.setStorageSync(key, next);
        return next;
      }),
    [key],
  );

  const discard = useCallback(() => Taro.removeStorageSync(key), [key]);

  return { form, setForm, stored, change, discard };
}
