import type { App } from '../platform/http/types';
import { authRoutes } from './auth/auth.routes';
import { enterpriseModule } from './enterprise/index';
import { systemModule } from './system/index';

/** Registers every module under /api/v1: one line per module. */
export async function registerModules(app: App): Promise<void> {
  await authRoutes(app);
  await systemModule(app);
  await enterpriseModule(app);
}
