import Taro from '@tarojs/taro';

/**
 * weapp: asks to send one message per accepted template (at most three per ask). Must run
 * inside a tap; a refusal is fine (the status is always in 我的举报).
 */
export async function askForStatusMessages(templateIds: (string | null)[]): Promise<void> {
  const tmplIds = templateIds.filter((id): id is string => Boolean(id));
  if (tmplIds.length === 0) return;
  // Taro's typing asks for entityIds (a device-subscription field); WeChat ignores an empty list here.
  await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] }).catch(() => undefined);
}
