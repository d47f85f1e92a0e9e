import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The R&D module's pages in the shell (its menu entries come from the server). */
export const RD_ROUTES: ShellRoute[] = [
  { path: '/rd/tasks', page: lazy(() => import('./TasksPage')), inMenu: true },
  { path: '/rd/tasks/:id', page: lazy(() => import('./TaskDetailPage')), inMenu: false },
  { path: '/rd/review', page: lazy(() => import('./ReviewPage')), inMenu: true },
  { path: '/rd/check-rules', page: lazy(() => import('./CheckRulesPage')), inMenu: true },
  { path: '/rd/summary', page: lazy(() => import('./SummaryPage')), inMenu: true },
  { path: '/rd/mine', page: lazy(() => import('./MinePage')), inMenu: true },
  // The unit's form: enterprise users open their own from 我的填报, staff from a task; the server checks access.
  { path: '/rd/units/:id', page: lazy(() => import('./UnitFormPage')), inMenu: false },
];
