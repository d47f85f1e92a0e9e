import { sql, type Kysely } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { DB } from '../db/schema';

/**
 * `GET /api/ready` for a load balancer or an orchestrator: 200 when the database answers and every migration this
 * build knows has run, else 503 with the reason in Chinese. `/api/health` stays the liveness check (the process
 * answers); an instance started against a database another, newer build migrated, or one still migrating, is
 * alive but not ready.
 */
export function registerReadiness(app: FastifyInstance, db: Kysely<DB>, migrationNames: readonly string[]): void {
  app.get('/api/ready', { schema: { hide: true } }, async (_req, reply) => {
    let applied: Set<string>;
    try {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
      applied = new Set(rows.map((r) => r.name));
    } catch (error) {
      app.log.warn({ err: error }, 'readiness: database not reachable');
      return reply.status(503).send({ status: 'not-ready', reason: '数据库不可用' });
    }
    const missing = migrationNames.filter((name) => !applied.has(name));
    if (missing.length) {
      const reason = `数据库迁移未完成：缺少 ${missing.length} 项（${missing.slice(0, 3).join('、')}${missing.length > 3 ? '…' : ''}）`;
      return reply.status(503).send({ status: 'not-ready', reason });
    }
    return { status: 'ready', migrations: applied.size };
  });
}
