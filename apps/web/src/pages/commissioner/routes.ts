import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';
import { COMMISSIONER_MATCHING_ROUTES } from './matching-routes';

/** The commissioner module's pages in the shell (its menu entries come from the server). */
export const COMMISSIONER_ROUTES: ShellRoute[] = [
  // roster
  { path: '/commissioner/roster', page: lazy(() => import('./CommissionerRosterPage')), inMenu: true },
  { path: '/commissioner/mine', page: lazy(() => import('./MyCommissionerPage')), inMenu: true },
  { path: '/commissioner/level-rules', page: lazy(() => import('./LevelRulesPage')), inMenu: true },
  ...COMMISSIONER_MATCHING_ROUTES,
  // Service logs, day counter and annual assessment (docs/rules.md §5.1.1)
  { path: '/commissioner/my-logs', page: lazy(() => import('./MyServiceLogsPage')), inMenu: true },
  { path: '/commissioner/service-logs', page: lazy(() => import('./ServiceLogReviewPage')), inMenu: true },
  { path: '/commissioner/service-days', page: lazy(() => import('./ServiceDaysPage')), inMenu: true },
  { path: '/commissioner/assessments', page: lazy(() => import('./AssessmentsPage')), inMenu: true },
  { path: '/commissioner/ratings', page: lazy(() => import('./CommissionerRatingsPage')), inMenu: true },
];
