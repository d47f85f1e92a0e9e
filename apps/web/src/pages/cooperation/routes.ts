import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The cooperation module's pages in the shell (its menu entries come from the server). */
export const COOPERATION_ROUTES: ShellRoute[] = [
  { path: '/cooperation/records', page: lazy(() => import('./CooperationRecordsPage')), inMenu: true },
];
