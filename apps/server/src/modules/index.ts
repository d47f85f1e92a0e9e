import type { App } from '../platform/http/types';
import { authRoutes } from './auth/auth.routes';
import { enterpriseModule } from './enterprise/index';
import { projectModule } from './project/index';
import { rdModule } from './rd/index';
import { systemModule } from './system/index';
import { fileRoutes } from '../platform/files/files.routes';

/** Registers every module under /api/v1: one line per module. */
export async function registerModules(app: App): Promise<void> {
  await authRoutes(app);
  await systemModule(app);
  await fileRoutes(app);
  await enterpriseModule(app);
  await projectModule(app);
  await rdModule(app);
}
