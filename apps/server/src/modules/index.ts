import { PLATFORM_MIGRATIONS } from '../platform/db/migrations/index';
import { fileRoutes } from '../platform/files/files.routes';
import { allMigrations } from '../platform/module-kit/mount-modules';
import { defineModule, type ServerModule } from '../platform/module-kit/module';
import { authRoutes } from './auth/auth.routes';
import { enterpriseModule } from './enterprise/index';
import { projectModule } from './project/index';
import { rdModule } from './rd/index';
import { systemModule } from './system/index';
import { techPlatformModule } from './tech-platform/index';
import { achievementModule } from './achievement/index';
import { awardModule } from './award/index';
import { cooperationModule } from './cooperation/index';
import { commissionerModule } from './commissioner/index';
import { foreignExpertModule } from './foreign-expert/index';
import { serviceEventModule } from './service-event/index';
import { techDemandModule } from './tech-demand/index';
import { liaisonModule } from './liaison/index';
import { indicatorModule } from './indicator/index';
import { reportModule } from './report/index';

/** Every module of the product, in mounting order: registering a module is one line here. */
export const MODULES: readonly ServerModule[] = [
  defineModule({ name: 'auth', routes: authRoutes }),
  systemModule,
  defineModule({ name: 'files', routes: fileRoutes }),
  enterpriseModule,
  projectModule,
  rdModule,
  techPlatformModule,
  achievementModule,
  awardModule,
  cooperationModule,
  commissionerModule,
  foreignExpertModule,
  serviceEventModule,
  techDemandModule,
  liaisonModule,
  indicatorModule,
  // The report reads every module's facts: it gets the list itself, read when a report is generated.
  reportModule(() => MODULES),
];

/** The platform's migrations and every module's, in name order. */
export const MIGRATIONS = allMigrations(PLATFORM_MIGRATIONS, MODULES);
