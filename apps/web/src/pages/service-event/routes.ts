import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The service-event module's pages in the shell (its menu entries come from the server). */
export const SERVICE_EVENT_ROUTES: ShellRoute[] = [
  { path: '/service-event/records', page: lazy(() => import('./ServiceEventRecordsPage')), inMenu: true },
];
