import { useState } from 'react';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { canScan, scanText } from '@/services/scan';

/** Check-in at the door: a scanned (weapp) or typed (H5 and fallback) ticket code, then the answer. */
export function useCheckIn(eventId: string, onCheckedIn: () => void) {
  const [ticket, setTicket] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<{ name: string; sessionTitle: string }>) {
    setBusy(true);
    try {
      const row = await work();
      setResult({ ok: true, text: `签到成功：${row.name}（${row.sessionTitle}）` });
      setTicket('');
      onCheckedIn();
    } catch (e) {
      setResult({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  const checkInCode = (code: string) => run(() => callFunction('events', 'checkIn', { eventId, ticket: code }));

  return {
    ticket,
    setTicket,
    result,
    busy,
    canScan,
    submitTyped: () => checkInCode(ticket),
    async scan() {
      const code = await scanText();
      if (code) await checkInCode(code);
    },
    manual: (registrationId: string) => run(() => callFunction('events', 'checkInManual', { eventId, registrationId })),
  };
}
