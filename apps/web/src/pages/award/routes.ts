import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The award module's pages in the shell (its menu entries come from the server). */
export const AWARD_ROUTES: ShellRoute[] = [
  { path: '/award/programmes', page: lazy(() => import('./ProgrammesPage')), inMenu: true },
  { path: '/award/nominations', page: lazy(() => import('./NominationsPage')), inMenu: true },
  { path: '/award/competitions', page: lazy(() => import('./CompetitionsPage')), inMenu: true },
  { path: '/award/entries', page: lazy(() => import('./EntriesPage')), inMenu: true },
  { path: '/award/mine', page: lazy(() => import('./MyAwardsPage')), inMenu: true },
];
