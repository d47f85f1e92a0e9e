import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The cooperation module's pages in the shell (its menu entries come from the server). */
export const COOPERATION_ROUTES: ShellRoute[] = [
  { path: '/cooperation/projects', page: lazy(() => import('./CoopProjectsPage')), inMenu: true },
  { path: '/cooperation/agreements', page: lazy(() => import('./CoopAgreementsPage')), inMenu: true },
  { path: '/cooperation/outputs', page: lazy(() => import('./CoopOutputsPage')), inMenu: true },
  { path: '/cooperation/partners', page: lazy(() => import('./CoopPartnersPage')), inMenu: true },
  { path: '/cooperation/mine', page: lazy(() => import('./MyCooperationPage')), inMenu: true },
];
