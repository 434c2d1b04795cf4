import { channelById, channelName } from './channels';

/**
 * 转办: a handler (or admin) moves a misrouted report to another channel with
 * a reason. The report goes back to 待受理 in that channel's queue, to be
 * accepted there; the reporter's timeline says 已转办至 <channel name>.
 */

/** What is wrong with moving a report of channel `from` to `to`, on its field; empty when it may go. */
export function rerouteFieldErrors(input: { from: string; to: string }): Record<string, string> {
  if (!channelById(input.to)) return { channelId: '请选择转办的渠道' };
  if (input.to === input.from) return { channelId: '这条举报已在该渠道，请选择其他渠道' };
  return {};
}

/** How 转办 reads on the reporter's timeline and in 处理记录: the channel's name, never its id. */
export const rerouteLabel = (to: string) => `已转办至 ${channelName(to)}`;
