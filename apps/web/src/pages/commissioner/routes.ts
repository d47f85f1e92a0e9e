import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';
import { COMMISSIONER_MATCHING_ROUTES } from './matching-routes';

/** The commissioner module's pages in the shell (its menu entries come from the server). */
export const COMMISSIONER_ROUTES: ShellRoute[] = [
  { path: '/commissioner/records', page: lazy(() => import('./CommissionerRecordsPage')), inMenu: true },
  ...COMMISSIONER_MATCHING_ROUTES,
];
