import { retentionText } from './retention';

/**
 * What the mini-program collects, why, for how long and who sees it. The privacy
 * page shows this, and docs/privacy-guideline.md (the 《小程序用户隐私保护指引》
 * text filed in the WeChat admin console) is generated from it, so the two agree.
 * Periods come from the retention table the purge applies.
 */
/** The notice's date: change it with the text, and H5 asks everyone's consent again. */
export const PRIVACY_VERSION = '2026-11-29';

/**
 * Who runs the mini-program and how to reach them (PIPL art. 17, 50; the platform's
 * review asks for both). A deployment names its own operator here.
 */
export const PRIVACY_OPERATOR = {
  name: '示范街道办事处',
  address: '建设路 1 号示范社区党群服务中心',
  contact: '工作日 9:00—17:00 到上述地址当面办理，或拨打 12345 政务服务便民热线转本单位',
  /** Our commitment for answering a request about personal information. */
  replyWithin: '15 个工作日',
} as const;

/** Every published version, newest first; the first entry's date is the effective date. */
export const PRIVACY_CHANGES: { date: string; change: string }[] = [
  {
    date: '2026-11-29',
    change: '写明运营者名称、联系方式、生效日期和变更记录；举报信息中增加催办与满意度评价',
  },
  { date: '2026-11-23', change: '首次发布' },
];

export interface PrivacyItem {
  what: string;
  why: string;
  /** WeChat privacy API names that collect it, as declared in the admin console. */
  apis: string[];
  retention: string;
  seenBy: string;
}

export const PRIVACY_ITEMS: PrivacyItem[] = [
  {
    what: '微信为本小程序分配的用户标识',
    why: '识别您的报名、举报和签到记录，只让您本人看到自己的记录',
    apis: [],
    retention: '您使用本小程序期间；删除我的数据后解除与记录的关联',
    seenBy: '仅系统使用，不向组织者和处理人员展示',
  },
  {
    what: '报名填写的姓名、手机号',
    why: '安全宣传咨询日报名时核对身份、在候补转正或活动变动时联系您',
    apis: [],
    retention: `${retentionText('signupContact')}自动删除；删除我的数据时立即删除并取消未开始的报名`,
    seenBy: '该活动的组织者；手机号默认隐藏中间四位，查看完整号码会被记录',
  },
  {
    what: '签到填写的姓名、单位',
    why: '“七进”活动签到时登记到场人员',
    apis: [],
    retention: `${retentionText('checkinIdentity')}自动删除；签到人数计入统计，不随之删除`,
    seenBy: '该活动的组织者',
  },
  {
    what: '位置信息',
    why: '隐患举报时标注隐患位置；设置了签到范围的活动核对您是否在现场',
    apis: ['getLocation', 'chooseLocation'],
    retention: `举报位置保存至${retentionText('reportPersonal')}；签到时的位置只用于当场核对距离，不保存`,
    seenBy: '受理该举报的处理人员',
  },
  {
    what: '照片',
    why: '隐患举报时作为隐患证据',
    apis: ['chooseMedia'],
    retention: `随举报保存至${retentionText('reportPersonal')}`,
    seenBy: '受理该举报的处理人员',
  },
  {
    what: '举报内容、联系方式、催办与满意度评价',
    why: '把隐患转交对应热线处理，并向您反馈进度；实名举报经核实可申请奖励',
    apis: [],
    retention: `联系方式保存至${retentionText('reportPersonal')}；举报内容由主管部门留存，删除我的数据后不再与您关联`,
    seenBy: '受理该举报的处理人员；匿名举报不保存任何可识别您的信息',
  },
  {
    what: '相册（仅写入）',
    why: '组织者把活动现场的海报二维码保存到手机相册，用于打印或转发',
    apis: ['saveImageToPhotosAlbum'],
    retention: '不读取、不上传您的相册内容',
    seenBy: '不涉及',
  },
  {
    what: '操作次数记录',
    why: '限制签到码输错、报名和举报的次数，防止猜测签到码和恶意刷单',
    apis: [],
    retention: `${retentionText('counters')}自动删除`,
    seenBy: '仅系统使用',
  },
  {
    what: '通知记录（仅网页版）',
    why: '网页版没有订阅消息，候补转正、活动提醒和举报进度的通知记录在系统中',
    apis: [],
    retention: `${retentionText('notifications')}自动删除`,
    seenBy: '仅系统使用',
  },
  {
    what: '操作日志',
    why: '记录组织者和处理人员查看完整手机号、导出名单、处理举报等操作，以便追究责任',
    apis: [],
    retention: `${retentionText('auditLogs')}自动删除；删除我的数据后，日志不再指向您`,
    seenBy: '系统管理员',
  },
];

export const PRIVACY_CONTACT = `如需查询、更正或删除您的个人信息，可在「我的」页使用“删除我的数据”，或联系运营者${PRIVACY_OPERATOR.name}（${PRIVACY_OPERATOR.contact}），我们将在${PRIVACY_OPERATOR.replyWithin}内答复。`;
