import { Text } from '@tarojs/components';
import { STATUS_LABELS, type ReportStatus } from '@domain/reports/status';
import './report.scss';

export function StatusTag({ status, id }: { status: ReportStatus; id?: string }) {
  return (
    <Text className='status-tag' id={id}>
      {STATUS_LABELS[status]}
    </Text>
  );
}
