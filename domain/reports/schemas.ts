import * as v from 'valibot';
import { id, textOrEmpty, personName, phone, text, time } from '../common/validation';
import { findCategory } from './categories';
import { CHANNELS } from './channels';
import { REPORT_LIMITS as L } from './limits';
import { DESK_TABS } from './desk';
import { REPORT_STATUSES, REJECT_REASONS } from './status';
import { SEVERITIES } from './types';
import { RATING_LEVELS } from './follow-up';

const clientKey = v.pipe(v.string('缺少提交编号'), v.regex(/^[A-Za-z0-9-]{8,40}$/, '提交编号格式不正确'));

/** Asks where this submission's photos may be uploaded (the folder is the caller's own, per submission). */
export const photoTicketInput = v.strictObject({ clientKey }, '参数格式不正确');
export type PhotoTicketInput = v.InferOutput<typeof photoTicketInput>;

const location = v.strictObject(
  {
    latitude: v.optional(v.pipe(v.number('纬度不正确'), v.minValue(-90, '纬度不正确'), v.maxValue(90, '纬度不正确'))),
    longitude: v.optional(
      v.pipe(v.number('经度不正确'), v.minValue(-180, '经度不正确'), v.maxValue(180, '经度不正确')),
    ),
    address: text('隐患地址', L.addressMax),
  },
  '请填写隐患位置',
);

export const submitReportInput = v.pipe(
  v.strictObject(
    {
      clientKey,
      // Required in the object's own pass, so an empty form marks the category with every other field at once.
      setting: v.pipe(v.string('请选择隐患类别'), v.minLength(1, '请选择隐患类别')),
      category: v.pipe(v.string('请在类别下方选择具体隐患'), v.minLength(1, '请在类别下方选择具体隐患')),
      description: text('隐患描述', L.descriptionMax, L.descriptionMin),
      photos: v.pipe(
        v.array(v.pipe(v.string('照片格式不正确'), v.maxLength(256, '照片格式不正确')), '请上传现场照片'),
        v.minLength(L.photosMin, `请至少上传 ${L.photosMin} 张现场照片`),
        v.maxLength(L.photosMax, `照片最多 ${L.photosMax} 张`),
      ),
      location,
      seenAt: time('发现时间'),
      place: text('场所或单位名称', L.placeMax),
      anonymous: v.boolean('请选择是否匿名'),
      contact: v.optional(
        v.strictObject(
          {
            name: personName(),
            phone: phone(),
          },
          '请填写联系方式',
        ),
      ),
      consent: v.literal(true, '请阅读并同意隐私说明'),
      /** Sent after the emergency answer: the reporter confirms the danger is not happening now. */
      notHappeningNow: v.optional(v.literal(true, '请确认险情并非正在发生')),
    },
    '参数格式不正确',
  ),
  v.forward(
    v.check((r) => findCategory(r.setting, r.category) !== undefined, '请选择隐患类别'),
    ['category'],
  ),
  v.forward(
    v.check((r) => r.anonymous || r.contact !== undefined, '实名举报请填写姓名和手机号'),
    ['contact'],
  ),
  v.forward(
    v.check((r) => !r.anonymous || r.contact === undefined, '匿名举报不收集姓名和手机号'),
    ['contact'],
  ),
);
export type SubmitReportInput = v.InferOutput<typeof submitReportInput>;

export const reportIdInput = v.strictObject({ id: id('举报编号') }, '参数格式不正确');

export const queueInput = v.optional(
  v.strictObject(
    {
      channelId: v.optional(id('渠道编号')),
      tab: v.optional(v.picklist(DESK_TABS, '没有这个分类')),
      status: v.optional(v.picklist(REPORT_STATUSES, '没有这个状态')),
      setting: v.optional(id('隐患类别')),
      from: v.optional(time('开始日期')),
      to: v.optional(time('结束日期')),
    },
    '参数格式不正确',
  ),
  {},
);
export type QueueInput = v.InferOutput<typeof queueInput>;

export const transitionInput = v.strictObject(
  {
    id: id('举报编号'),
    to: v.picklist(REPORT_STATUSES, '请选择新的状态'),
    note: text('处理说明', 300),
    reasonId: v.optional(
      v.picklist(
        REJECT_REASONS.map((r) => r.id),
        '请选择不予受理的理由',
      ),
    ),
    linkedTrackingNo: v.optional(textOrEmpty('已受理事项的编号', 40)),
    referral: v.optional(textOrEmpty('转办去向', 100)),
    /** 整改照片 with 转入整改 or 办结: uploaded through `photoTicket` under this submission key. */
    clientKey: v.optional(clientKey),
    photos: v.optional(
      v.pipe(
        v.array(v.pipe(v.string('照片格式不正确'), v.maxLength(256, '照片格式不正确')), '照片格式不正确'),
        v.maxLength(L.rectificationPhotosMax, `整改照片最多 ${L.rectificationPhotosMax} 张`),
      ),
    ),
    /** 整改限期, a China day; the rule (today to 90 days ahead) is `deadlineProblem`. */
    deadline: v.optional(v.pipe(v.string('请选择整改限期'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '整改限期不是有效日期'))),
  },
  '参数格式不正确',
);
export type TransitionInput = v.InferOutput<typeof transitionInput>;

export const severityInput = v.strictObject(
  { id: id('举报编号'), severity: v.picklist(SEVERITIES, '请选择隐患等级'), note: text('定级说明', 300) },
  '参数格式不正确',
);
export type SeverityInput = v.InferOutput<typeof severityInput>;

/** 转办 to another channel, with the reason the reporter reads (rule: `rerouteFieldErrors`). */
export const rerouteInput = v.strictObject(
  {
    id: id('举报编号'),
    channelId: v.picklist(
      CHANNELS.map((c) => c._id),
      '请选择转办的渠道',
    ),
    reason: text('转办理由', 200),
  },
  '参数格式不正确',
);
export type RerouteInput = v.InferOutput<typeof rerouteInput>;

export const moderateInput = v.strictObject(
  {
    id: id('举报编号'),
    decision: v.picklist(['pass', 'hold'] as const, '请选择审核结论'),
    note: text('审核说明', 300),
  },
  '参数格式不正确',
);
export type ModerateInput = v.InferOutput<typeof moderateInput>;

export const mediaVerdictInput = v.strictObject(
  {
    traceId: v.pipe(v.string('缺少审核编号'), v.minLength(1, '缺少审核编号'), v.maxLength(128, '审核编号不正确')),
    suggest: v.picklist(['pass', 'review', 'risky'] as const, '审核结论不正确'),
  },
  '参数格式不正确',
);
export type MediaVerdictInput = v.InferOutput<typeof mediaVerdictInput>;

export const rateReportInput = v.strictObject(
  {
    id: id('举报编号'),
    level: v.picklist(RATING_LEVELS, '请选择满意程度'),
    comment: v.optional(v.pipe(v.string('评价内容不正确'), v.trim(), v.maxLength(200, '评价不能超过 200 个字')), ''),
  },
  '参数格式不正确',
);
export type RateReportInput = v.InferOutput<typeof rateReportInput>;
