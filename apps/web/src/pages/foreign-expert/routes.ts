import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The foreign-expert module's pages in the shell (its menu entries come from the server). */
export const FOREIGN_EXPERT_ROUTES: ShellRoute[] = [
  { path: '/foreign-expert/experts', page: lazy(() => import('./ExpertsPage')), inMenu: true },
  { path: '/foreign-expert/visits', page: lazy(() => import('./VisitsPage')), inMenu: true },
  { path: '/foreign-expert/talent-bases', page: lazy(() => import('./TalentBasesPage')), inMenu: true },
];
