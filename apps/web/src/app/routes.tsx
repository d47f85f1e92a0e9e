import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

interface ShellRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Whether the page is one of the server's menu entries (then only users given that entry see it). */
  inMenu: boolean;
}

// Each page is its own chunk, so a user downloads only the screens they open.
export const SHELL_ROUTES: ShellRoute[] = [
  { path: '/home', page: lazy(() => import('../pages/HomePage')), inMenu: false },
  { path: '/messages', page: lazy(() => import('../pages/MessagesPage')), inMenu: false },
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
  { path: '/audit/log', page: lazy(() => import('../pages/AuditLogPage')), inMenu: true },
  { path: '/audit/login-log', page: lazy(() => import('../pages/LoginLogPage')), inMenu: true },
  { path: '/project/calls', page: lazy(() => import('../pages/project/CallsPage')), inMenu: true },
  // Staff and leaders open the ranking from 项目批次; the server checks the call's region.
  { path: '/project/calls/:id/ranking', page: lazy(() => import('../pages/project/RankingPage')), inMenu: false },
  { path: '/project/reserve', page: lazy(() => import('../pages/project/ReservePage')), inMenu: true },
  { path: '/project/applications', page: lazy(() => import('../pages/project/ApplicationsPage')), inMenu: true },
  {
    path: '/project/applications/:id',
    page: lazy(() => import('../pages/project/ApplicationDetailPage')),
    inMenu: false,
  },
  { path: '/project/experts', page: lazy(() => import('../pages/project/ExpertsPage')), inMenu: true },
  { path: '/project/reviews', page: lazy(() => import('../pages/project/ReviewsPage')), inMenu: true },
  { path: '/project/deadlines', page: lazy(() => import('../pages/project/DeadlinesPage')), inMenu: true },
  { path: '/project/funding', page: lazy(() => import('../pages/project/FundingPage')), inMenu: true },
  { path: '/project/mine', page: lazy(() => import('../pages/project/MinePage')), inMenu: true },
  { path: '/project/mine/new', page: lazy(() => import('../pages/project/ApplicationEditPage')), inMenu: false },
  { path: '/project/mine/:id', page: lazy(() => import('../pages/project/MyApplicationDetailPage')), inMenu: false },
  { path: '/project/mine/:id/edit', page: lazy(() => import('../pages/project/ApplicationEditPage')), inMenu: false },
  { path: '/enterprise/list', page: lazy(() => import('../pages/enterprise/EnterpriseListPage')), inMenu: true },
  { path: '/enterprise/pool', page: lazy(() => import('../pages/enterprise/PoolPage')), inMenu: true },
  {
    path: '/enterprise/qualifications',
    page: lazy(() => import('../pages/enterprise/QualificationsPage')),
    inMenu: true,
  },
  { path: '/enterprise/deadlines', page: lazy(() => import('../pages/enterprise/DeadlinesPage')), inMenu: true },
  { path: '/enterprise/notices', page: lazy(() => import('../pages/enterprise/NoticesPage')), inMenu: true },
  { path: '/enterprise/mine', page: lazy(() => import('../pages/enterprise/MyEnterprisePage')), inMenu: true },
  // In the menu of enterprise users only; staff open it from an enterprise's detail or the pool (the server checks access).
  {
    path: '/enterprise/self-assessment',
    page: lazy(() => import('../pages/enterprise/SelfAssessmentPage')),
    inMenu: false,
  },
  { path: '/rd/tasks', page: lazy(() => import('../pages/rd/TasksPage')), inMenu: true },
  { path: '/rd/tasks/:id', page: lazy(() => import('../pages/rd/TaskDetailPage')), inMenu: false },
  { path: '/rd/review', page: lazy(() => import('../pages/rd/ReviewPage')), inMenu: true },
  { path: '/rd/check-rules', page: lazy(() => import('../pages/rd/CheckRulesPage')), inMenu: true },
  { path: '/rd/summary', page: lazy(() => import('../pages/rd/SummaryPage')), inMenu: true },
  { path: '/rd/mine', page: lazy(() => import('../pages/rd/MinePage')), inMenu: true },
  // The unit's form: enterprise users open their own from 我的填报, staff from a task; the server checks access.
  { path: '/rd/units/:id', page: lazy(() => import('../pages/rd/UnitFormPage')), inMenu: false },
  // Reached from the register, not the menu; the server refuses enterprises outside the user's scope.
  { path: '/enterprise/:id', page: lazy(() => import('../pages/enterprise/EnterpriseDetailPage')), inMenu: false },
];

/** Pages anyone may open without signing in, rendered without the admin layout. */
export const PUBLIC_ROUTES: { path: string; page: LazyExoticComponent<ComponentType> }[] = [
  { path: '/public/notices', page: lazy(() => import('../pages/public/PublicNoticeListPage')) },
  { path: '/public/notices/:id', page: lazy(() => import('../pages/public/PublicNoticePage')) },
];

export const LoginPage = lazy(() => import('../pages/LoginPage'));
export const ChangePasswordPage = lazy(() => import('../pages/ChangePasswordPage'));
