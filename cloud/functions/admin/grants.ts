import type { Role, RoleRecord } from '@domain/roles/roles';
import { COLLECTIONS } from '../../core/collections';
import type { DocOps } from '../../ports/store';

export interface Grant {
  roles: Role[];
  unit?: string;
  channels?: string[];
  name?: string;
}

/** Writes a person's whole grant in one place, so every role change has the same shape. */
export async function writeGrant(
  tx: DocOps,
  openid: string,
  grant: Grant,
  by: string,
  now: number,
): Promise<RoleRecord> {
  const record: RoleRecord = {
    _id: openid,
    roles: [...new Set(grant.roles)].filter((r) => r !== 'citizen'),
    ...(grant.unit ? { unit: grant.unit } : {}),
    ...(grant.channels?.length ? { channels: grant.channels } : {}),
    ...(grant.name ? { name: grant.name } : {}),
    grantedBy: by,
    updatedAt: now,
  };
  if (!(await tx.insert(COLLECTIONS.roles, record))) {
    await tx.update(COLLECTIONS.roles, openid, {
      set: { ...record, unit: record.unit ?? null, channels: record.channels ?? null, name: record.name ?? null },
    });
  }
  return record;
}
