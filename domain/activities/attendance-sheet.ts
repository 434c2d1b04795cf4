import { chinaTime } from '../common/china-time';
import type { SheetLayout } from './stats-sheet';
import { OUTREACH_LABELS } from './stats';
import type { Activity, Checkin, CheckinSource } from './types';

const SOURCE_LABELS: Record<CheckinSource, string> = { scan: '扫码', code: '签到码', manual: '现场补录' };

/** The attendance list of one activity, removed rows left out, oldest first. */
export function attendanceSheet(activity: Activity, checkins: Checkin[]): SheetLayout {
  const present = checkins.filter((c) => c.removedAt === undefined).sort((a, b) => a.checkedInAt - b.checkedInAt);
  return {
    name: '签到名单',
    rows: [
      [`${activity.title}（${OUTREACH_LABELS[activity.kind]}）签到名单`, '', '', '', ''],
      [
        `组织单位：${activity.unit}    地点：${activity.place.name}    时间：${chinaTime(activity.startAt)}`,
        '',
        '',
        '',
        '',
      ],
      ['序号', '姓名', '单位', '签到时间', '方式'],
      ...present.map((c, i) => [i + 1, c.name, c.org, chinaTime(c.checkedInAt), SOURCE_LABELS[c.source]]),
      [`合计 ${present.length} 人次`, '', '', '', ''],
    ],
    merges: [0, 1].map((r) => ({ s: { r, c: 0 }, e: { r, c: 4 } })),
    widths: [8, 14, 24, 18, 10],
  };
}
