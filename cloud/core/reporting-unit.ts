import { forbidden } from '@domain/common/errors';
import type { Caller } from '@domain/roles/roles';

/** The unit an organizer acts for: their own; an account without one cannot organize (forbidden, Chinese). */
export function ownUnit(caller: Caller): string {
  if (!caller.unit) throw forbidden('您的账号没有设置所属单位，请联系管理员');
  return caller.unit;
}

/** What the figures of an admin without a unit of their own, naming none, cover. */
export const ALL_UNITS = '全部单位';

/**
 * The unit whose figures (统计表, 答题统计) a caller reads: an organizer their own
 * unit, and naming another is forbidden (`otherUnit`, Chinese); an admin the unit
 * they name, else their own, else every unit (null: the query takes no unit).
 * Throws forbidden for an organizer whose account has no unit.
 */
export function reportingUnit(caller: Caller, asked: string | undefined, otherUnit: string): string | null {
  if (caller.roles.includes('admin')) return asked ?? caller.unit ?? null;
  const own = ownUnit(caller);
  if (asked && asked !== own) throw forbidden(otherUnit);
  return own;
}

/** The store filter for `reportingUnit`'s answer: every unit, or the one. */
export const unitFilter = (unit: string | null): { unit?: string } => (unit === null ? {} : { unit });
