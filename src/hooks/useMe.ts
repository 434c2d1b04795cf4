import type { Me } from '@domain/api';
import { hasRole, type Role } from '@domain/roles/roles';
import { callFunction } from '@/services/cloud';
import { useRemote } from './useRemote';

export function useMe() {
  const me = useRemote<Me>(() => callFunction('admin', 'me'), []);
  const can = (role: Role) => (me.data ? hasRole(me.data, role) : false);
  return { ...me, can };
}
