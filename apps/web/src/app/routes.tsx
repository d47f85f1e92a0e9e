import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { ENTERPRISE_ROUTES } from '../pages/enterprise/routes';
import { PROJECT_ROUTES } from '../pages/project/routes';
import { RD_ROUTES } from '../pages/rd/routes';
import type { ShellRoute } from './shell-route';
import { TECH_PLATFORM_ROUTES } from '../pages/tech-platform/routes';
import { ACHIEVEMENT_ROUTES } from '../pages/achievement/routes';
import { AWARD_ROUTES } from '../pages/award/routes';
import { COOPERATION_ROUTES } from '../pages/cooperation/routes';
import { COMMISSIONER_ROUTES } from '../pages/commissioner/routes';
import { FOREIGN_EXPERT_ROUTES } from '../pages/foreign-expert/routes';
import { SERVICE_EVENT_ROUTES } from '../pages/service-event/routes';
import { TECH_DEMAND_ROUTES } from '../pages/tech-demand/routes';
import { LIAISON_ROUTES } from '../pages/liaison/routes';
import { REPORT_ROUTES } from '../pages/report/routes';

// Each page is its own chunk, so a user downloads only the screens they open.
export const SHELL_ROUTES: ShellRoute[] = [
  { path: '/home', page: lazy(() => import('../pages/HomePage')), inMenu: false },
  { path: '/messages', page: lazy(() => import('../pages/MessagesPage')), inMenu: false },
  { path: '/me/todos', page: lazy(() => import('../pages/MyTodosPage')), inMenu: true },
  { path: '/dashboard', page: lazy(() => import('../pages/DashboardPage')), inMenu: true },
  { path: '/system/user', page: lazy(() => import('../pages/UsersPage')), inMenu: true },
  { path: '/system/role', page: lazy(() => import('../pages/RolesPage')), inMenu: true },
  { path: '/system/dict', page: lazy(() => import('../pages/DictsPage')), inMenu: true },
  { path: '/system/param', page: lazy(() => import('../pages/ParamsPage')), inMenu: true },
  { path: '/system/region', page: lazy(() => import('../pages/RegionsPage')), inMenu: true },
  { path: '/system/holiday', page: lazy(() => import('../pages/HolidaysPage')), inMenu: true },
  // Open to everyone: GET /jobs returns one's own jobs, all of them only with system:job:list.
  { path: '/system/job', page: lazy(() => import('../pages/JobsPage')), inMenu: false },
  { path: '/security/policy', page: lazy(() => import('../pages/SecurityPolicyPage')), inMenu: true },
  { path: '/security/online', page: lazy(() => import('../pages/OnlineUsersPage')), inMenu: true },
  { path: '/security/admin-reset', page: lazy(() => import('../pages/AdminResetsPage')), inMenu: true },
  { path: '/audit/log', page: lazy(() => import('../pages/AuditLogPage')), inMenu: true },
  { path: '/audit/login-log', page: lazy(() => import('../pages/LoginLogPage')), inMenu: true },
  // Each business module's pages: one line per module (pages/<module>/routes.ts).
  ...ENTERPRISE_ROUTES,
  ...PROJECT_ROUTES,
  ...RD_ROUTES,
  ...TECH_PLATFORM_ROUTES,
  ...ACHIEVEMENT_ROUTES,
  ...AWARD_ROUTES,
  ...COOPERATION_ROUTES,
  ...COMMISSIONER_ROUTES,
  ...FOREIGN_EXPERT_ROUTES,
  ...SERVICE_EVENT_ROUTES,
  ...TECH_DEMAND_ROUTES,
  ...LIAISON_ROUTES,
  ...REPORT_ROUTES,
];

/** Pages anyone may open without signing in, rendered without the admin layout. */
export const PUBLIC_ROUTES: { path: string; page: LazyExoticComponent<ComponentType> }[] = [
  { path: '/public/notices', page: lazy(() => import('../pages/public/PublicNoticeListPage')) },
  { path: '/public/notices/:id', page: lazy(() => import('../pages/public/PublicNoticePage')) },
  { path: '/public/tech-demands', page: lazy(() => import('../pages/public/PublicTechDemandsPage')) },
];

export const LoginPage = lazy(() => import('../pages/LoginPage'));
export const ChangePasswordPage = lazy(() => import('../pages/ChangePasswordPage'));
export const TwoFactorPage = lazy(() => import('../pages/TwoFactorPage'));
