import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The liaison module's pages in the shell (its menu entries come from the server). */
export const LIAISON_ROUTES: ShellRoute[] = [
  { path: '/liaison/records', page: lazy(() => import('./LiaisonRecordsPage')), inMenu: true },
];
