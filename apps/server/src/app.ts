import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { registerAuthHook } from './platform/auth/auth.hook';
import type { DB } from './platform/db/schema';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerInputGuard } from './platform/http/input-guard';
import { registerReadiness } from './platform/http/readiness';
import { registerReadRouting } from './platform/http/read-routing';
import { primaryOnly, type ReadRouter } from './platform/db/read-replica';
import { registerSecurityHeaders } from './platform/http/security-headers';
import type { App } from './platform/http/types';
import { JobRunner } from './platform/jobs/job-runner';
import { MIGRATIONS, MODULES } from './modules/index';
import type { ServerModule } from './platform/module-kit/module';
import { mountModules } from './platform/module-kit/mount-modules';
import { registerRateLimit } from './platform/http/rate-limit';
import { registerMetrics, type PoolStats } from './platform/http/metrics';
import type { MetricsAccess } from './platform/http/metrics-access';
import { registerRequestIdHeader, requestIdOf } from './platform/http/request-id';

z.config(z.locales.zhCN());

export interface BuildOptions {
  db: Kysely<DB>;
  /** Where heavy reads go (DATABASE_READ_URL's replica); the primary alone when omitted. */
  reads?: ReadRouter;
  webDist?: string | null;
  logLevel?: string;
  /** Where the JSON log lines go (standard output unless a test reads them). */
  logStream?: { write(line: string): void };
  secureCookies?: boolean;
  /**
   * The reverse proxies whose X-Forwarded-For names the client (audit, sign-in log, rate limits); with none, a
   * client could otherwise choose the address written about it.
   */
  trustedProxies?: readonly string[];
  /** Who may read `/metrics`; with neither a token nor addresses (the default) it answers 404. */
  metrics?: MetricsAccess;
  /** The database pool's use, for the metrics. */
  poolStats?: () => PoolStats;
  /** The business modules to mount; all of them (`MODULES`) unless a test adds its own. */
  modules?: readonly ServerModule[];
}

/** Builds the Fastify app: API under /api/v1, OpenAPI at /api/docs, and the built web app. */
export async function buildApp(opts: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: {
      level: opts.logLevel ?? 'warn',
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'body.password'],
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    trustProxy: opts.trustedProxies?.length ? [...opts.trustedProxies] : false,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: requestIdOf,
  }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.db);
  app.decorate('reads', opts.reads ?? primaryOnly(opts.db));
  app.decorate('jobs', new JobRunner(opts.db));
  app.decorate('secureCookies', opts.secureCookies ?? false);
  // First, so every route (and every refusal) is counted and names its request id.
  registerRequestIdHeader(app);
  registerMetrics(app, { access: opts.metrics ?? { token: null, allow: [] }, db: opts.db, poolStats: opts.poolStats });

  await app.register(cookie);
  registerReadRouting(app);
  await registerRateLimit(app, opts.db);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'KeChuang 科创 API',
        version: '1.0.0',
        description: '县科技局业务平台接口。变更类请求须携带 x-csrf-token 请求头。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kc_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  registerInputGuard(app);
  registerSecurityHeaders(app);
  registerAuthHook(app);
  // Deny by default: an API route that does not say who may call it is a programming error.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/') && route.config?.access === undefined) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    }
  });

  app.get('/api/health', { schema: { hide: true } }, async () => {
    await opts.db.selectFrom('audit_head').select('chain').limit(1).execute();
    return { status: 'ok' };
  });
  registerReadiness(app, opts.db, Object.keys(MIGRATIONS));
  await app.register((api) => mountModules(api as unknown as App, opts.modules ?? MODULES), { prefix: '/api/v1' });

  if (opts.webDist && existsSync(join(opts.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: opts.webDist, wildcard: false });
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.method !== 'GET') {
        return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '接口不存在' } });
      }
      return reply.sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((_req, reply) =>
      reply.status(404).send({ error: { code: 'NOT_FOUND', message: '接口不存在' } }),
    );
  }
  return app;
}
