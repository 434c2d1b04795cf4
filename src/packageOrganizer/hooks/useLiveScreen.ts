import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { LiveAttendance, LiveCode } from '@domain/activities/types';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { openExport } from '@/services/open-file';

/** How often the list is refreshed while the organizer watches. */
export const LIVE_POLL_MS = 3000;

/**
 * The live screen: the code is fetched again when its window ends (the cloud
 * signs it), the attendance every few seconds; both stop when the page goes away.
 */
export function useLiveScreen(id: string) {
  const [code, setCode] = useState<LiveCode>();
  const [attendance, setAttendance] = useState<LiveAttendance>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);

  const refreshList = useCallback(async () => {
    try {
      const next = await callFunction('checkins', 'live', { id });
      if (alive.current) setAttendance(next);
    } catch (e) {
      if (alive.current) setError(messageOf(e));
    }
  }, [id]);

  useEffect(() => {
    alive.current = true;
    let codeTimer: ReturnType<typeof setTimeout> | undefined;
    const refreshCode = async () => {
      try {
        const next = await callFunction('checkins', 'liveCode', { id });
        if (!alive.current) return;
        setCode(next);
        setError('');
        codeTimer = setTimeout(refreshCode, Math.max(1000, next.rotatesAt - Date.now() + 300));
      } catch (e) {
        if (!alive.current) return;
        setError(messageOf(e));
        codeTimer = setTimeout(refreshCode, LIVE_POLL_MS);
      }
    };
    void refreshCode();
    void refreshList();
    const listTimer = setInterval(() => void refreshList(), LIVE_POLL_MS);
    return () => {
      alive.current = false;
      clearTimeout(codeTimer);
      clearInterval(listTimer);
    };
  }, [id, refreshList]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    if (busy) return false;
    setBusy(true);
    try {
      await work();
      await refreshList();
      void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    code,
    attendance,
    error,
    busy,
    addManual: (name: string, org: string) =>
      run(() => callFunction('checkins', 'addManual', { activityId: id, name, org }), '已补录'),
    remove: (checkinId: string, reason: string) =>
      run(() => callFunction('checkins', 'remove', { id: checkinId, reason }), '已移除'),
    exportList: () => run(async () => openExport(await callFunction('exports', 'attendance', { id })), '已导出'),
  };
}
