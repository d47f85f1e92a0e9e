import type { AuditLabels } from './audit-labels';
import type { MenuItem } from './menus';
import type { RoleCode } from './roles';

/** What a business module declares to access control: its permission keys with labels, default grants, menu group. */
export interface ModuleAccess<K extends string> {
  permissions: Record<K, string>;
  grants: Partial<Record<RoleCode, readonly K[]>>;
  menu: MenuItem<K>;
  /** How the audit log names the module's actions and objects (platform/audit-labels.ts). */
  audit?: AuditLabels;
}

/** Declares a module's access (typed so its grants and menu can name only its own keys). */
export function defineModuleAccess<const K extends string>(access: ModuleAccess<K>): ModuleAccess<K> {
  return access;
}
