import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The foreign-expert module's pages in the shell (its menu entries come from the server). */
export const FOREIGN_EXPERT_ROUTES: ShellRoute[] = [
  { path: '/foreign-expert/records', page: lazy(() => import('./ForeignExpertRecordsPage')), inMenu: true },
];
