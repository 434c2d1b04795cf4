import * as v from 'valibot';
import { id, text, unitName } from '../common/validation';
import { INVITE_ROLES, INVITE_RULES } from './invites';
import { ROLES } from './roles';

const object = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, '参数格式不正确');

const channels = v.pipe(v.array(id('渠道编号'), '渠道格式不正确'), v.maxLength(10, '渠道最多 10 个'));

export const grantRoleInput = object({
  openid: id('用户标识'),
  roles: v.pipe(v.array(v.picklist(ROLES, '没有这个身份'), '请选择身份'), v.maxLength(ROLES.length, '身份重复')),
  unit: v.optional(unitName('所属单位')),
  channels: v.optional(channels),
});
export type GrantRoleInput = v.InferOutput<typeof grantRoleInput>;

export const createInviteInput = v.pipe(
  object({
    role: v.picklist(INVITE_ROLES, '请选择邀请的身份'),
    unit: v.optional(unitName('所属单位')),
    channels: v.optional(channels),
    note: text('受邀人', INVITE_RULES.noteMax),
    validDays: v.optional(
      v.pipe(
        v.number('有效天数需为数字'),
        v.integer('有效天数需为整数'),
        v.minValue(1, '有效期至少 1 天'),
        v.maxValue(INVITE_RULES.maxDays, `有效期不能超过 ${INVITE_RULES.maxDays} 天`),
      ),
      INVITE_RULES.defaultDays,
    ),
  }),
  v.forward(
    v.check((i) => i.role !== 'organizer' || Boolean(i.unit), '请填写组织者所属单位'),
    ['unit'],
  ),
  v.forward(
    v.check((i) => i.role !== 'handler' || Boolean(i.channels?.length), '请选择处理人员负责的渠道'),
    ['channels'],
  ),
);
export type CreateInviteInput = v.InferOutput<typeof createInviteInput>;

export const redeemInviteInput = object({
  code: v.pipe(
    v.string('请输入邀请码'),
    v.trim(),
    v.minLength(1, '请输入邀请码'),
    v.maxLength(32, '邀请码不正确，请核对后重新输入'),
  ),
});

export const inviteIdInput = object({ id: id('邀请编号') });

export const revokeRoleInput = object({
  openid: id('用户标识'),
  role: v.picklist(ROLES, '没有这个身份'),
});
export type RevokeRoleInput = v.InferOutput<typeof revokeRoleInput>;
