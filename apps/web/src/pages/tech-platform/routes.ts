import { lazy } from 'react';
import type { ShellRoute } from '../../app/shell-route';
import { TECH_PLATFORM_EVALUATION_ROUTES } from './evaluation/routes';

/** The tech-platform module's pages in the shell (its menu entries come from the server). */
export const TECH_PLATFORM_ROUTES: ShellRoute[] = [
  { path: '/tech-platform/platforms', page: lazy(() => import('./TechPlatformsPage')), inMenu: true },
  { path: '/tech-platform/platforms/:id', page: lazy(() => import('./TechPlatformDetailPage')), inMenu: false },
  { path: '/tech-platform/mine', page: lazy(() => import('./MyTechPlatformsPage')), inMenu: true },
  { path: '/tech-platform/mine/:id', page: lazy(() => import('./TechPlatformDetailPage')), inMenu: false },
  ...TECH_PLATFORM_EVALUATION_ROUTES,
];
