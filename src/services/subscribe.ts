import Taro from '@tarojs/taro';

/**
 * weapp: asks to send one status message per accepted subscription. Must run
 * inside a tap; a refusal is fine (the status is always in 我的举报).
 */
export async function askForStatusMessages(templateId: string | null): Promise<void> {
  if (!templateId) return;
  // Taro's typing asks for entityIds (a device-subscription field); WeChat ignores an empty list here.
  await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] }).catch(() => undefined);
}
