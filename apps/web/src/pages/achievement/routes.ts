import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The achievement module's pages in the shell (its menu entries come from the server). */
export const ACHIEVEMENT_ROUTES: ShellRoute[] = [
  { path: '/achievement/records', page: lazy(() => import('./AchievementsPage')), inMenu: true },
  { path: '/achievement/mine', page: lazy(() => import('./MyAchievementsPage')), inMenu: true },
];
