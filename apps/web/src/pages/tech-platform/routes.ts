import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';

/** The tech-platform module's pages in the shell (its menu entries come from the server). */
export const TECH_PLATFORM_ROUTES: ShellRoute[] = [
  { path: '/tech-platform/records', page: lazy(() => import('./TechPlatformRecordsPage')), inMenu: true },
];
