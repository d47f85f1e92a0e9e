import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_PERMISSIONS, MENU, menuOf, PERMISSION_LABELS } from './access';
import { ENTERPRISE_ACCESS } from './enterprise/enterprise.access';
import type { MenuItem } from './platform/menus';
import { PLATFORM_PERMISSION_LABELS } from './platform/permissions';
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
import { REPORT_ACCESS } from './report/report.access';
import { INDICATOR_ACCESS } from './indicator/indicator.access';

const permissionsOf = (items: readonly MenuItem[]): string[] =>
  items.flatMap((i) => [...(i.permission ? [i.permission] : []), ...permissionsOf(i.children ?? [])]);

describe('access: the platform’s permissions and menu joined with each module’s declaration', () => {
  it('declares every permission key once, with a label', () => {
    const declared = [
      PLATFORM_PERMISSION_LABELS,
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
      INDICATOR_ACCESS,
      REPORT_ACCESS,
    ].flatMap((d) => Object.keys('permissions' in d ? d.permissions : d));
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(PERMISSION_LABELS).sort()).toEqual([...declared].sort());
  });

  it('grants and shows in the menu only declared permissions', () => {
    for (const keys of Object.values(DEFAULT_ROLE_PERMISSIONS)) {
      for (const k of keys) expect(PERMISSION_LABELS).toHaveProperty([k]);
    }
    for (const k of permissionsOf(MENU)) expect(PERMISSION_LABELS).toHaveProperty([k]);
  });

  it('puts each module’s menu group between 首页 and the administration groups', () => {
    expect(MENU.map((m) => m.key)).toEqual([
      'home',
      'todos',
      'indicator',
      'report',
      'enterprise',
      'project',
      'rd',
      'tech-platform',
      'achievement',
      'award',
      'cooperation',
      'commissioner',
      'foreign-expert',
      'service-event',
      'tech-demand',
      'liaison',
      'system',
      'security',
      'audit',
    ]);
  });

  it('gives each role its platform and module grants (staff: the business modules, not administration)', () => {
    expect(DEFAULT_ROLE_PERMISSIONS.staff).toEqual(
      expect.arrayContaining(['dashboard:view', 'enterprise:write', 'project:write', 'rd:task:manage']),
    );
    expect(DEFAULT_ROLE_PERMISSIONS.staff.some((k) => k.startsWith('system:'))).toBe(false);
    // An enterprise user works on its own records only: the :self key of each module.
    expect(DEFAULT_ROLE_PERMISSIONS.enterprise.sort()).toEqual([
      'achievement:self',
      'award:self',
      'commissioner:need',
      'commissioner:rate',
      'cooperation:self',
      'enterprise:self',
      'liaison:self',
      'project:apply',
      'rd:report:self',
      'tech-demand:self',
      'tech-platform:self',
    ]);
    expect(menuOf(new Set(['rd:report:self'])).map((m) => m.key)).toEqual(['home', 'todos', 'rd']);
  });
});
