import type { PermissionKey } from '@kechuang/domain';
import { useSession } from './use-session';

/** Whether the server granted the current user a permission; used only to hide buttons the server would refuse. */
export function useCan(permission: PermissionKey): boolean {
  const { user } = useSession();
  return !!user?.permissions.includes(permission);
}
