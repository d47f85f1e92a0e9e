import type { AppConfig } from './platform/config';
import { openDatabase, type Database } from './platform/db/database';
import { migrateToLatest } from './platform/db/migrate';
import type { App } from './platform/http/types';
import { buildApp } from './app';
import { MIGRATIONS, MODULES } from './modules/index';
import { dailyJobs } from './platform/module-kit/mount-modules';
import { seedDemo } from './seed/seed-demo';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo when asked, and listens. */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db as never, MIGRATIONS);
  if (config.seedDemo) await seedDemo(database.db, MODULES, config.demoToday);
  const app = await buildApp({
    db: database.db,
    webDist: config.webDist,
    logLevel: config.logLevel,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
    metrics: config.metrics,
    poolStats: database.poolStats,
  });
  await app.jobs.start();
  // Reminder jobs of every module: once at start, then daily.
  const DAILY_JOBS = dailyJobs(MODULES);
  const remind = () => {
    for (const j of DAILY_JOBS) app.jobs.enqueue({ ...j, createdBy: null }).catch((e) => app.log.error(e));
  };
  remind();
  const daily = setInterval(remind, 24 * 3_600_000);
  daily.unref();
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
  let closing: Promise<void> | null = null;
  return {
    app,
    database,
    url,
    close() {
      closing ??= (async () => {
        clearInterval(daily);
        // Side by side: Fastify stops accepting and lets requests in flight answer while the job in hand finishes;
        // the database closes only after both.
        await Promise.all([app.jobs.stop(), app.close()]);
        await database.close();
      })();
      return closing;
    },
  };
}
