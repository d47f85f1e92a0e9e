import { lazy } from 'react';
import type { ShellRoute } from '../../../app/shell-route';

/** The evaluation's pages (docs/rules.md §5.4); the round and the results open from a list, a bell or a report. */
export const TECH_PLATFORM_EVALUATION_ROUTES: ShellRoute[] = [
  { path: '/tech-platform/evaluation', page: lazy(() => import('./EvalRoundsPage')), inMenu: true },
  { path: '/tech-platform/evaluation/mine', page: lazy(() => import('./EvalMinePage')), inMenu: true },
  { path: '/tech-platform/evaluation/reviews', page: lazy(() => import('./EvalReviewsPage')), inMenu: true },
  // The server decides who sees a round (its county's staff, its operators, its experts).
  { path: '/tech-platform/evaluation/rounds/:id', page: lazy(() => import('./EvalRoundPage')), inMenu: false },
  { path: '/tech-platform/evaluation/results', page: lazy(() => import('./EvalResultsPage')), inMenu: false },
];
