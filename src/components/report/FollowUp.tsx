import { View, Text, Textarea } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { chinaTime } from '@domain/common/china-time';
import { RATING_LABELS, RATING_LEVELS } from '@domain/reports/follow-up';
import type { MyReport } from '@domain/reports/types';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import { useFollowUp } from '@/hooks/useFollowUp';
import './report.scss';

/** Under a report in 我的举报: 催办 once its expected time has passed, 满意度评价 once it is closed. */
export function FollowUp({ report, onChanged }: { report: MyReport; onChanged: (fresh: MyReport) => void }) {
  const f = useFollowUp(report, onChanged);
  const no = report.trackingNo;
  const closed = report.status === 'closed' || report.status === 'rejected';

  if (report.urgeOpensAt !== null) {
    const due = Date.now() >= report.urgeOpensAt;
    return (
      <View className='follow-up'>
        <Text className='muted'>
          预计 {chinaTime(report.urgeOpensAt)} 前办理
          {report.lastUrgedAt ? `；已于 ${chinaTime(report.lastUrgedAt)} 催办` : ''}
        </Text>
        {due && (
          <Button id={`urge-${no}`} fill='outline' type='primary' loading={f.busy} onClick={() => void f.urge()}>
            催办
          </Button>
        )}
        <FieldError text={f.error} />
      </View>
    );
  }
  if (!closed) return null;
  if (report.rating) {
    return (
      <View className='follow-up' id={`rating-${no}`}>
        <Text className='muted'>
          您的评价：{RATING_LABELS[report.rating.level]}
          {report.rating.comment ? `。${report.rating.comment}` : ''}
        </Text>
      </View>
    );
  }
  return (
    <View className='follow-up' id={`rate-${no}`}>
      <Text className='follow-up__title'>对这次办理满意吗？</Text>
      <View className='choice-row'>
        {RATING_LEVELS.map((level) => (
          <Choice
            key={level}
            id={`rate-${no}-${level}`}
            on={f.level === level}
            label={RATING_LABELS[level]}
            onClick={() => f.setLevel(level)}
          />
        ))}
      </View>
      <Textarea
        className='field-textarea follow-up__comment'
        value={f.comment}
        maxlength={200}
        placeholder='意见或建议（选填）'
        onInput={(e) => f.setComment(e.detail.value)}
      />
      <FieldError text={f.error} />
      <Button id={`rate-submit-${no}`} type='primary' loading={f.busy} onClick={() => void f.rate()}>
        提交评价
      </Button>
    </View>
  );
}
