import * as v from 'valibot';
import { id, text } from '../common/validation';
import { ROLES } from './roles';

export const grantRoleInput = v.strictObject(
  {
    openid: id('用户标识'),
    roles: v.pipe(v.array(v.picklist(ROLES, '没有这个身份'), '请选择身份'), v.maxLength(ROLES.length, '身份重复')),
    unit: v.optional(text('所属单位', 40)),
    channels: v.optional(v.pipe(v.array(id('渠道编号'), '渠道格式不正确'), v.maxLength(10, '渠道最多 10 个'))),
  },
  '参数格式不正确',
);
export type GrantRoleInput = v.InferOutput<typeof grantRoleInput>;
