import type { StatsTable } from './types';

/** A sheet as rows of cells plus merged ranges (zero-based, inclusive), ready for any XLSX writer. */
export interface SheetLayout {
  name: string;
  rows: (string | number)[][];
  merges: { s: { r: number; c: number }; e: { r: number; c: number } }[];
  widths: number[];
}

/** Which reports the 随手拍 count holds, said on the sheet and the screen. */
export const HAZARD_BASIS = '按本单位处置人员受理的举报计';

/** What the app cannot know stays a blank to fill by hand, as on the paper form. */
const BLANK = '（      ）';
const n = (value: number) => `（${value}）`;

const outreachLine = (t: StatsTable) =>
  t.outreach.map((r) => `开展安全宣传${r.label}活动${n(r.sessions)}场、参与${n(r.attendances)}人次`).join('；') + '。';

/**
 * The 活动进展情况统计表 laid out like the seeds' 附件2: title, 填报单位 / 联系人 /
 * 电话 / 填报日期, then 活动项目 | 活动进展情况 rows with the counts filled in.
 */
export function statsSheet(t: StatsTable, filledOn: string): SheetLayout {
  const name = t.outreach.length === 7 ? '七进' : `${['', '一', '二', '三', '四', '五', '六'][t.outreach.length]}进`;
  const rows: (string | number)[][] = [
    ['“安全生产月”活动进展情况统计表', ''],
    [`填报单位：${t.unit}    联系人：        电话：        填报日期：${filledOn}`, ''],
    [`统计期间：${t.from} 至 ${t.to}`, ''],
    ['活动项目', '活动进展情况'],
    [
      '深入宣传贯彻习近平总书记关于安全生产的重要论述和重要指示批示精神',
      `组织开展本单位、本系统专题研讨、宣讲活动、辅导报告${BLANK}场，参与${BLANK}人次；组织观看安全生产月警示教育片${BLANK}场，参与${BLANK}人次。`,
    ],
    [
      '组织开展“查找身边安全隐患”系列行动',
      `收到“安全隐患随手拍”举报${n(t.hazardReports)}条（${HAZARD_BASIS}）；参加测测你的“安全力”应急科普趣学、“安全隐患我查找”网络知识答题等活动${n(t.quiz)}人次；梳理身边潜在安全隐患${BLANK}项，形成风险清单${BLANK}个，开展应急演练${BLANK}场。`,
    ],
    [
      '认真开展“安全宣传咨询日”活动',
      `组织开展“安全宣传咨询日”活动${n(t.consultation.sessions)}场、报名${n(t.consultation.signups)}人次、现场签到${n(t.consultation.attended)}人次。`,
    ],
    [`抓好安全宣传“${name}”末端落实`, outreachLine(t)],
    ['持续推进常态化应急科普', `发动基层单位、社会力量创作应急科普宣传产品${BLANK}件，传播量${BLANK}条。`],
    ['其他特色活动', `活动名称${BLANK}，组织${BLANK}场/次，参与${BLANK}人次。`],
    ['活动简要情况', ''],
  ];
  const wide = (r: number) => ({ s: { r, c: 0 }, e: { r, c: 1 } });
  return { name: '活动进展情况统计表', rows, merges: [wide(0), wide(1), wide(2)], widths: [36, 90] };
}
