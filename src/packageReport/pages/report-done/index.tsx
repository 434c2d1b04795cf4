import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { channelById } from '@domain/reports/channels';
import { handlingDaysOf } from '@domain/reports/desk';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { replaceWith, routes } from '@/services/navigation';
import './index.scss';

/** What a filed report's reporter needs next: the number to quote, who handles it, by when, and whom to call. */
export default function ReportDonePage() {
  const id = useRouter().params.id ?? '';
  const report = useRemote(() => callFunction('reports', 'getMine', { id }), [id]);
  return (
    <View className='page report-done'>
      <PageState remote={report}>
        {(r) => {
          const channel = channelById(r.channelId);
          return (
            <View className='card report-done__card' id='report-done'>
              <View className='report-done__mark' aria-hidden>
                ✓
              </View>
              <Text className='report-done__title'>举报已提交</Text>
              <View className='report-done__row'>
                <Text>
                  举报编号：<Text id='tracking-no'>{r.trackingNo}</Text>
                </Text>
                <Button
                  id='copy-tracking-no'
                  onClick={() => void Taro.setClipboardData({ data: r.trackingNo }).catch(() => undefined)}
                >
                  复制编号
                </Button>
              </View>
              <Text>办理渠道：{channel?.name ?? r.channelId}</Text>
              <Text id='handling-time'>
                预计 {handlingDaysOf(r.channelId)} 个工作日内受理答复，进展会在“我的举报”中更新。
              </Text>
              {r.security !== 'passed' && <Text className='muted'>照片和内容审核通过后，处理人员即可看到并受理。</Text>}
              {channel && <Text className='muted'>如需催办，可拨打 {channel.hotline} 并报举报编号。</Text>}
              <Button type='primary' block onClick={() => replaceWith(routes.myReports)}>
                查看我的举报
              </Button>
              <Button block onClick={() => replaceWith(routes.home)}>
                返回首页
              </Button>
            </View>
          );
        }}
      </PageState>
    </View>
  );
}
