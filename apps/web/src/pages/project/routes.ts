import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The project module's pages in the shell (its menu entries come from the server). */
export const PROJECT_ROUTES: ShellRoute[] = [
  { path: '/project/calls', page: lazy(() => import('./CallsPage')), inMenu: true },
  // Staff and leaders open the ranking from 项目批次; the server checks the call's region.
  { path: '/project/calls/:id/ranking', page: lazy(() => import('./RankingPage')), inMenu: false },
  { path: '/project/reserve', page: lazy(() => import('./ReservePage')), inMenu: true },
  { path: '/project/applications', page: lazy(() => import('./ApplicationsPage')), inMenu: true },
  { path: '/project/applications/:id', page: lazy(() => import('./ApplicationDetailPage')), inMenu: false },
  { path: '/project/experts', page: lazy(() => import('./ExpertsPage')), inMenu: true },
  { path: '/project/reviews', page: lazy(() => import('./ReviewsPage')), inMenu: true },
  { path: '/project/deadlines', page: lazy(() => import('./DeadlinesPage')), inMenu: true },
  { path: '/project/funding', page: lazy(() => import('./FundingPage')), inMenu: true },
  { path: '/project/mine', page: lazy(() => import('./MinePage')), inMenu: true },
  { path: '/project/mine/new', page: lazy(() => import('./ApplicationEditPage')), inMenu: false },
  { path: '/project/mine/:id', page: lazy(() => import('./MyApplicationDetailPage')), inMenu: false },
  { path: '/project/mine/:id/edit', page: lazy(() => import('./ApplicationEditPage')), inMenu: false },
];
