import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The award module's pages in the shell (its menu entries come from the server). */
export const AWARD_ROUTES: ShellRoute[] = [
  { path: '/award/records', page: lazy(() => import('./AwardRecordsPage')), inMenu: true },
];
