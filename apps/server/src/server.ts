import type { AppConfig } from './platform/config';
import { openDatabase, type Database } from './platform/db/database';
import { listenForInvalidations } from './platform/cache/cache-broadcast';
import { migrateToLatest } from './platform/db/migrate';
import { replicaRouter } from './platform/db/read-replica';
import { DailySchedule } from './platform/jobs/daily-schedule';
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
  const replica = config.databaseReadUrl ? await openDatabase({ url: config.databaseReadUrl }) : null;
  await migrateToLatest(database.db as never, MIGRATIONS);
  if (config.seedDemo) await seedDemo(database.db, MODULES, config.demoToday);
  const app = await buildApp({
    db: database.db,
    reads: replica
      ? replicaRouter(database.db, replica.db, {
          maxLagMs: config.readMaxLagMs,
          onProblem: (m) => app.log.warn(m),
        })
      : undefined,
    webDist: config.webDist,
    logLevel: config.logLevel,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
    metrics: config.metrics,
    poolStats: database.poolStats,
  });
  // Several instances may share this PostgreSQL: hear their cache invalidations (PGlite has no other instance).
  const caches = config.databaseUrl
    ? await listenForInvalidations(config.databaseUrl, { onError: (e) => app.log.warn(e) })
    : null;
  await app.jobs.start();
  // Reminder jobs of every module: once a day across all instances and restarts.
  const daily = new DailySchedule(database.db, app.jobs, dailyJobs(MODULES), { onError: (e) => app.log.error(e) });
  daily.start();
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
  let closing: Promise<void> | null = null;
  return {
    app,
    database,
    url,
    close() {
      closing ??= (async () => {
        await daily.stop();
        await caches?.close();
        // Side by side: Fastify stops accepting and lets requests in flight answer while the job in hand finishes;
        // the database closes only after both.
        await Promise.all([app.jobs.stop(), app.close()]);
        await replica?.close();
        await database.close();
      })();
      return closing;
    },
  };
}
