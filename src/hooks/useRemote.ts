import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { messageOf } from '@/services/api-error';

export interface Remote<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads data for a page and keeps what was shown while reloading, so a failed
 * refresh never blanks the screen. Pull-down refresh reloads it.
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[]): Remote<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;
  const serial = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++serial.current;
    setLoading(true);
    try {
      const value = await loadRef.current();
      if (mine !== serial.current) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (mine === serial.current) setError(messageOf(e));
    } finally {
      if (mine === serial.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  return { data, error, loading, reload };
}
