import * as v from 'valibot';
import { id, text } from '../common/validation';
import { findCategory } from './categories';
import { REPORT_LIMITS as L } from './limits';
import { REPORT_STATUSES, REJECT_REASONS } from './status';
import { SEVERITIES } from './types';

const clientKey = v.pipe(v.string('缺少提交编号'), v.regex(/^[A-Za-z0-9-]{8,40}$/, '提交编号格式不正确'));

const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(`${label}格式不正确`), v.trim(), v.maxLength(max, `${label}不能超过 ${max} 个字`)));

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
      setting: v.string('请选择隐患类别'),
      category: v.string('请选择隐患类别'),
      description: text('隐患描述', L.descriptionMax, L.descriptionMin),
      photos: v.pipe(
        v.array(v.string('照片格式不正确'), '请上传现场照片'),
        v.minLength(L.photosMin, `请至少上传 ${L.photosMin} 张现场照片`),
        v.maxLength(L.photosMax, `照片最多 ${L.photosMax} 张`),
      ),
      location,
      seenAt: v.pipe(v.number('请选择发现时间'), v.integer('发现时间不正确')),
      place: text('场所或单位名称', L.placeMax),
      anonymous: v.boolean('请选择是否匿名'),
      contact: v.optional(
        v.strictObject(
          {
            name: text('姓名', L.nameMax),
            phone: v.pipe(v.string('请填写手机号'), v.trim(), v.regex(/^1\d{10}$/, '请填写 11 位手机号')),
          },
          '请填写联系方式',
        ),
      ),
      consent: v.literal(true, '请阅读并同意隐私说明'),
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
      status: v.optional(v.picklist(REPORT_STATUSES, '没有这个状态')),
      setting: v.optional(id('隐患类别')),
      from: v.optional(v.pipe(v.number('开始日期不正确'), v.integer('开始日期不正确'))),
      to: v.optional(v.pipe(v.number('结束日期不正确'), v.integer('结束日期不正确'))),
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
    linkedTrackingNo: v.optional(v.pipe(v.string(), v.trim())),
    referral: optionalText('转办去向', 100),
  },
  '参数格式不正确',
);
export type TransitionInput = v.InferOutput<typeof transitionInput>;

export const severityInput = v.strictObject(
  { id: id('举报编号'), severity: v.picklist(SEVERITIES, '请选择隐患等级'), note: text('定级说明', 300) },
  '参数格式不正确',
);
export type SeverityInput = v.InferOutput<typeof severityInput>;

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
