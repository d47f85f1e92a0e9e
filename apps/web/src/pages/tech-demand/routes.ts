import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The tech-demand module's pages in the shell (its menu entries come from the server). */
export const TECH_DEMAND_ROUTES: ShellRoute[] = [
  { path: '/tech-demand/demands', page: lazy(() => import('./DemandsPage')), inMenu: true },
  { path: '/tech-demand/calls', page: lazy(() => import('./CallsPage')), inMenu: true },
  { path: '/tech-demand/review', page: lazy(() => import('./ReviewPage')), inMenu: true },
  { path: '/tech-demand/mine', page: lazy(() => import('./MyDemandsPage')), inMenu: true },
  { path: '/tech-demand/scoring', page: lazy(() => import('./ScoringPage')), inMenu: true },
];
