import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { channelById } from '@domain/reports/channels';
import { routeReport } from '@domain/reports/routing';
import './report.scss';

/** Where the report will go and why, before it is sent, with the channel's hotline and 举报须知. */
export function RouteNotice({ setting, category }: { setting: string; category: string }) {
  if (!setting || !category) return null;
  const route = routeReport({ setting, category });
  const channel = channelById(route.channelId);
  if (!channel) return null;
  return (
    <View className='route card' id='route-notice'>
      <Text className='route__to'>将转交 {channel.name}处理</Text>
      <Text className='muted'>{route.reason}</Text>
      <View className='route__call' onClick={() => void Taro.makePhoneCall({ phoneNumber: channel.hotline })}>
        拨打 {channel.hotline}
      </View>
      <Text className='route__scope-title'>举报须知</Text>
      <Text className='muted'>{channel.scope}</Text>
    </View>
  );
}
