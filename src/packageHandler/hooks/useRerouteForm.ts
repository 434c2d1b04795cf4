import { channelName } from '@domain/reports/channels';
import { rerouteFieldErrors } from '@domain/reports/reroute';
import { rerouteInput, type RerouteInput } from '@domain/reports/schemas';
import type { HandlerReport } from '@domain/reports/types';
import { useForm } from '@/hooks/useForm';
import { callFunction } from '@/services/cloud';
import { askBefore } from '@/services/confirm';
import { refreshOnConflict } from './refresh-on-conflict';

/** 转办: the channel it should have gone to and the reason the reporter reads. */
export interface RerouteDraft {
  channelId: string;
  reason: string;
}

export const blankReroute = (): RerouteDraft => ({ channelId: '', reason: '' });

export const rerouteDraftKey = (id: string) => `draft:handler-reroute:${id}`;

/**
 * 转办 on the one form hook: the channel and reason checked in one pass with the
 * domain rule (another known channel), then asked first (the report leaves this
 * channel's queue: 再想想 / 确认转办). A conflict reloads the report (`reload`);
 * once moved, `leave` takes the handler back to the queue.
 */
export function useRerouteForm(id: string, report: HandlerReport | undefined, reload: () => void, leave: () => void) {
  const form = useForm<RerouteDraft, RerouteInput, HandlerReport>({
    initial: blankReroute,
    schema: rerouteInput,
    toInput: (d) => ({ id, channelId: d.channelId, reason: d.reason }),
    rules: (input) => (report ? rerouteFieldErrors({ from: report.channelId, to: input.channelId }) : {}),
    confirm: (input) =>
      askBefore('转办', `转办至“${channelName(input.channelId)}”后，这条举报由该渠道重新受理，举报人会看到转办理由。`),
    draftKey: rerouteDraftKey(id),
    worthKeeping: (d) => Boolean(d.channelId || d.reason.trim()),
    fieldSelector: (field) => (field === 'channelId' ? '#reroute-channels' : '#reroute-reason'),
    send: (input) => refreshOnConflict(() => callFunction('reports', 'reroute', input), reload),
    done: () => {
      form.reset();
      leave();
    },
  });
  return form;
}
