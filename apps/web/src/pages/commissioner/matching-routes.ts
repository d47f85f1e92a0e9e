import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** Matching enterprises' needs with commissioners (docs/rules.md §5.1.2): staff, the enterprise, the commissioner. */
export const COMMISSIONER_MATCHING_ROUTES: ShellRoute[] = [
  { path: '/commissioner/needs', page: lazy(() => import('./NeedsPage')), inMenu: true },
  { path: '/commissioner/my-needs', page: lazy(() => import('./MyNeedsPage')), inMenu: true },
  { path: '/commissioner/my-assignments', page: lazy(() => import('./MyAssignmentsPage')), inMenu: true },
];
