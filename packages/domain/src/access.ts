import { ENTERPRISE_ACCESS } from './enterprise/enterprise.access';
import { describeAuditAction, joinAuditLabels, PLATFORM_AUDIT_LABELS } from './platform/audit-labels';
import { menuFor, PLATFORM_MENU, type MenuItem } from './platform/menus';
import type { ModuleAccess } from './platform/module-access';
import { PLATFORM_GRANTS, PLATFORM_PERMISSION_LABELS, type PlatformPermissionKey } from './platform/permissions';
import { ROLE_CODES, type RoleCode } from './platform/roles';
import { PROJECT_ACCESS } from './project/project.access';
import { RD_ACCESS } from './rd/rd.access';
import { TECH_PLATFORM_ACCESS } from './tech-platform/tech-platform.access';
import { ACHIEVEMENT_ACCESS } from './achievement/achievement.access';
import { AWARD_ACCESS } from './award/award.access';
import { COOPERATION_ACCESS } from './cooperation/cooperation.access';
import { COMMISSIONER_ACCESS } from './commissioner/commissioner.access';
import { FOREIGN_EXPERT_ACCESS } from './foreign-expert/foreign-expert.access';
import { SERVICE_EVENT_ACCESS } from './service-event/service-event.access';
import { TECH_DEMAND_ACCESS } from './tech-demand/tech-demand.access';
import { LIAISON_ACCESS } from './liaison/liaison.access';
import { INDICATOR_ACCESS } from './indicator/indicator.access';
import { REPORT_ACCESS } from './report/report.access';

/**
 * Every business module's access declaration, in menu order: registering a module's access is one line here. The
 * dashboard and the work report come first: they are what a leader opens.
 */
const MODULE_ACCESS = [
  INDICATOR_ACCESS,
  REPORT_ACCESS,
  ENTERPRISE_ACCESS,
  PROJECT_ACCESS,
  RD_ACCESS,
  TECH_PLATFORM_ACCESS,
  ACHIEVEMENT_ACCESS,
  AWARD_ACCESS,
  COOPERATION_ACCESS,
  COMMISSIONER_ACCESS,
  FOREIGN_EXPERT_ACCESS,
  SERVICE_EVENT_ACCESS,
  TECH_DEMAND_ACCESS,
  LIAISON_ACCESS,
] as const;

type KeysOf<A> = A extends ModuleAccess<infer K> ? K : never;
/** Every permission key: the platform's and each module's. */
export type PermissionKey = PlatformPermissionKey | KeysOf<(typeof MODULE_ACCESS)[number]>;

const modules: readonly ModuleAccess<string>[] = MODULE_ACCESS;

/** The label of every permission key (the role grant page lists them). */
export const PERMISSION_LABELS = Object.assign(
  { ...PLATFORM_PERMISSION_LABELS },
  ...modules.map((m) => m.permissions),
) as Record<PermissionKey, string>;

/** Default grants per role; the security admin may change them per role (stored in the database). */
export const DEFAULT_ROLE_PERMISSIONS = Object.fromEntries(
  ROLE_CODES.map((role) => [role, [...PLATFORM_GRANTS[role], ...modules.flatMap((m) => m.grants[role] ?? [])]]),
) as Record<RoleCode, PermissionKey[]>;

/** The menu tree; the server filters it per user and the web only renders what it gets. */
export const MENU: MenuItem[] = [...PLATFORM_MENU.head, ...modules.map((m) => m.menu), ...PLATFORM_MENU.tail];

/** The menu a set of permissions allows; empty groups are dropped. */
export function menuOf(permissions: ReadonlySet<string>): MenuItem[] {
  return menuFor(permissions, MENU);
}

/** The audit log's words for every action and object type: the platform's and each module's. */
export const AUDIT_LABELS = joinAuditLabels([PLATFORM_AUDIT_LABELS, ...modules.map((m) => m.audit)]);

/** An audit action as the auditor reads it; an undeclared code shows as it is (a test keeps there being none). */
export function auditActionLabel(code: string): string {
  return describeAuditAction(code, AUDIT_LABELS) ?? code;
}

/** An audited object type as the auditor reads it. */
export function objectTypeLabel(type: string): string {
  return AUDIT_LABELS.objects[type] ?? type;
}
