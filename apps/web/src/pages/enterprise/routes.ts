import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The enterprise module's pages in the shell (its menu entries come from the server). */
export const ENTERPRISE_ROUTES: ShellRoute[] = [
  { path: '/enterprise/list', page: lazy(() => import('./EnterpriseListPage')), inMenu: true },
  { path: '/enterprise/pool', page: lazy(() => import('./PoolPage')), inMenu: true },
  { path: '/enterprise/qualifications', page: lazy(() => import('./QualificationsPage')), inMenu: true },
  { path: '/enterprise/deadlines', page: lazy(() => import('./DeadlinesPage')), inMenu: true },
  { path: '/enterprise/notices', page: lazy(() => import('./NoticesPage')), inMenu: true },
  { path: '/enterprise/mine', page: lazy(() => import('./MyEnterprisePage')), inMenu: true },
  // In the menu of enterprise users only; staff open it from an enterprise's detail or the pool (the server checks access).
  { path: '/enterprise/self-assessment', page: lazy(() => import('./SelfAssessmentPage')), inMenu: false },
  // One year of figures: staff from an enterprise's detail, the enterprise from 我的企业 (the server checks who).
  { path: '/enterprise/:id/yearly/:year', page: lazy(() => import('./YearlyFiguresPage')), inMenu: false },
  // Reached from the register, not the menu; the server refuses enterprises outside the user's scope.
  { path: '/enterprise/:id', page: lazy(() => import('./EnterpriseDetailPage')), inMenu: false },
];
