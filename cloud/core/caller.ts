import { AppError } from '@domain/common/errors';
import type { Caller, RoleRecord } from '@domain/roles/roles';
import { COLLECTIONS } from './collections';
import type { Runtime } from './runtime';

/** Who is calling, without their roles (for `identityOnly` actions): no store read. */
export function callerOnly(runtime: Runtime): Caller {
  const openid = runtime.identity.openid();
  if (!openid) throw new AppError('unauthenticated', '请先登录');
  return { openid, roles: [] };
}

/** Resolves who is calling from the identity port (never from the payload) and their roles. */
export async function resolveCaller(runtime: Runtime): Promise<Caller> {
  const openid = runtime.identity.openid();
  if (!openid) throw new AppError('unauthenticated', '请先登录');
  const record = await runtime.store.get<RoleRecord>(COLLECTIONS.roles, openid);
  const roles = new Set(record?.roles ?? []);
  if (runtime.config.adminOpenids.includes(openid)) roles.add('admin');
  // A revoked unit or channel list is stored as null (CloudBase cannot unset in a plain update).
  return { openid, roles: [...roles], unit: record?.unit ?? undefined, channels: record?.channels ?? undefined };
}
