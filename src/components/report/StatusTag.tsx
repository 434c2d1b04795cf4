import { Text } from '@tarojs/components';
import { REPORT_STATUS_LABELS, type ReportStatus } from '@domain/reports/status';
import './report.scss';

export function StatusTag({ status, id }: { status: ReportStatus; id?: string }) {
  return (
    <Text className='status-tag' id={id}>
      {REPORT_STATUS_LABELS[status]}
    </Text>
  );
}
