import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The service-event module's pages in the shell (its menu entries come from the server). */
export const SERVICE_EVENT_ROUTES: ShellRoute[] = [
  { path: '/service-event/events', page: lazy(() => import('./ServiceEventsPage')), inMenu: true },
  { path: '/service-event/events/:id', page: lazy(() => import('./ServiceEventDetailPage')), inMenu: false },
  { path: '/service-event/attendees', page: lazy(() => import('./AttendeesPage')), inMenu: true },
  { path: '/service-event/popsci-bases', page: lazy(() => import('./PopsciBasesPage')), inMenu: true },
];
