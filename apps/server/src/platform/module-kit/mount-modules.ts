import multipart from '@fastify/multipart';
import type { Migration } from 'kysely';
import { AttachmentOwners } from '../attachments/attachment-owner';
import { attachmentRoutes, attachmentUploadRoutes } from '../attachments/attachments.routes';
import type { App } from '../http/types';
import { storageFor } from '../storage/storage';
import { collectFacts } from './collect-facts';
import { recordSetReadRoute, recordSetRoutes, registerRecordSetExpansion } from './record-sets';
import { factRoutes } from './fact.routes';
import { todoRoutes } from './todo.routes';
import type { ServerModule } from './module';

/** Upload routes take one file and a few fields. */
const MULTIPART_LIMITS = { files: 1, fields: 5, parts: 6 };

/** Registers upload routes in a child context that parses multipart (only where uploads happen). */
async function withMultipart(app: App, routes: (app: App) => Promise<void>): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(multipart, { limits: MULTIPART_LIMITS });
    await routes(scoped as unknown as App);
  });
}

/**
 * Mounts every module under the app's prefix: job handlers, routes, upload routes (with multipart), the
 * attachments of the owners they declare, facts and
 * 我的待办.
 */
export async function mountModules(app: App, modules: readonly ServerModule[]): Promise<void> {
  app.decorate('collectFacts', (db, query) => collectFacts(db, modules, query));
  // Before any list route: a list opened with ?ids=set:<token> sees the set's ids.
  registerRecordSetExpansion(app, app.db);
  for (const module of modules) {
    for (const [type, handler] of Object.entries(module.jobs ?? {})) app.jobs.register(type, handler);
    await module.routes(app);
    if (module.uploadRoutes) await withMultipart(app, module.uploadRoutes);
  }
  const owners = new AttachmentOwners(modules.flatMap((m) => m.attachments ?? []));
  const storage = storageFor(app.db);
  await attachmentRoutes(owners, storage)(app);
  await withMultipart(app, attachmentUploadRoutes(owners, storage));
  await factRoutes(app, modules);
  await recordSetRoutes(app);
  await recordSetReadRoute(app);
  await todoRoutes(app, modules);
}

/** The platform's migrations and every module's, sorted by name; a name declared twice is a programming error. */
export function allMigrations(
  platform: Record<string, Migration>,
  modules: readonly ServerModule[],
): Record<string, Migration> {
  const all = new Map(Object.entries(platform));
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (all.has(name)) throw new Error(`migration ${name} is declared twice (module ${module.name})`);
      all.set(name, migration);
    }
  }
  return Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The reminder jobs every module queues once a day. */
export function dailyJobs(modules: readonly ServerModule[]): { type: string; title: string }[] {
  return modules.flatMap((m) => m.dailyJobs ?? []);
}
