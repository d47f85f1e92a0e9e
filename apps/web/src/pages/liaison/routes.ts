import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The liaison module's pages in the shell (its menu entries come from the server). */
export const LIAISON_ROUTES: ShellRoute[] = [
  { path: '/liaison/assignments', page: lazy(() => import('./AssignmentsPage')), inMenu: true },
  { path: '/liaison/visits', page: lazy(() => import('./VisitsPage')), inMenu: true },
  { path: '/liaison/issues', page: lazy(() => import('./IssuesPage')), inMenu: true },
  { path: '/liaison/coverage', page: lazy(() => import('./CoveragePage')), inMenu: true },
  { path: '/liaison/my-issues', page: lazy(() => import('./MyIssuesPage')), inMenu: true },
];
