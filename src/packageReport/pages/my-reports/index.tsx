import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { categoryLabel } from '@domain/reports/categories';
import { channelName } from '@domain/reports/channels';
import { deadlineText } from '@domain/reports/rectification';
import { SECURITY_LABELS, type MyReport } from '@domain/reports/types';
import { PhotoGrid } from '@/components/report/PhotoGrid';
import { PageState } from '@/components/PageState';
import { StatusTag } from '@/components/report/StatusTag';
import { Timeline } from '@/components/report/Timeline';
import { FollowUp } from '@/components/report/FollowUp';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import './index.scss';

function ReportCard({ report, onChanged }: { report: MyReport; onChanged: () => void }) {
  return (
    <View className='card my-report' id={`my-report-${report.trackingNo}`}>
      <View className='my-report__head'>
        <Text className='my-report__no'>{report.trackingNo}</Text>
        <StatusTag status={report.status} id={`my-status-${report.trackingNo}`} />
      </View>
      <Text>{categoryLabel(report.setting, report.category)}</Text>
      <Text className='muted'>
        {report.place} · {channelName(report.channelId)}
        {report.anonymous ? ' · 匿名' : ''}
      </Text>
      {report.security !== 'passed' && report.status === 'submitted' && (
        <Text className='my-report__security'>{SECURITY_LABELS[report.security]}</Text>
      )}
      <Text className='my-report__text'>{report.description}</Text>
      <PhotoGrid photos={report.photos} />
      {report.status === 'rectifying' && report.deadline && (
        <Text className='muted' id={`my-deadline-${report.trackingNo}`}>
          {deadlineText(report.deadline)}
        </Text>
      )}
      {report.status === 'rejected' && (
        <Text className='muted'>
          不予受理理由：{report.rejectReason}
          {report.linkedTrackingNo ? `（同一事项：${report.linkedTrackingNo}）` : ''}
          {report.referral ? `；建议：${report.referral}` : ''}
        </Text>
      )}
      <Timeline entries={report.timeline} />
      <FollowUp report={report} onChanged={onChanged} />
    </View>
  );
}

/** 我的举报: only the caller's own reports (the function answers nothing else). */
export default function MyReportsPage() {
  const mine = useRemote(() => callFunction('reports', 'mine'), []);
  useDidShow(() => {
    if (mine.data) void mine.reload();
  });
  return (
    <View className='page'>
      <PageState remote={mine} isEmpty={(list) => list.length === 0} emptyText='还没有举报记录'>
        {(list) => list.map((r) => <ReportCard key={r._id} report={r} onChanged={() => void mine.reload()} />)}
      </PageState>
      <Text className='link' onClick={() => go(routes.report)}>
        ＋ 随手拍一条隐患
      </Text>
    </View>
  );
}
