import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The report module's pages in the shell (its menu entry comes from the server). */
export const REPORT_ROUTES: ShellRoute[] = [
  { path: '/reports', page: lazy(() => import('./ReportsPage')), inMenu: true },
  // Opened from the list; the server refuses reports outside the user's regions.
  { path: '/reports/:id', page: lazy(() => import('./ReportDraftPage')), inMenu: false },
];
