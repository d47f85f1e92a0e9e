import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
// The cookie plugin's additions to the reply (setCookie, clearCookie) belong to every App.
import type {} from '@fastify/cookie';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { PermissionKey } from '@kechuang/domain';
import type { Actor } from '../audit/audit.writer';
import type { ReadRouter } from '../db/read-replica';
import type { DB } from '../db/schema';
import type { JobRunner } from '../jobs/job-runner';

/** The Fastify instance with zod schemas as the type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Who may call a route: a permission key, any signed-in user, or anyone. */
export type Access = PermissionKey | 'signed-in' | 'public';

/** The signed-in user as the server sees them on a request. */
export interface AuthContext {
  sessionId: string;
  csrfToken: string;
  userId: number;
  username: string;
  displayName: string;
  regionCode: string;
  /** Rows whose region_code starts with this prefix are in scope (on a write, the rows the user may change). */
  scopePrefix: string;
  /**
   * Set on a write by a city's or province's user when the write is confined to their own region's rows: the
   * wider prefix they read (their counties' records, read-only to them). See `writeScopePrefix`.
   */
  readOnlyPrefix?: string;
  enterpriseId: number | null;
  roles: string[];
  permissions: Set<string>;
  mustChangePassword: boolean;
  /** Two-step verification is set up for the account. */
  totpEnrolled?: boolean;
  /** An administrator who must set up two-step verification first (security policy): only flagged routes answer. */
  mustEnrolTotp?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Allowed while the initial password has not been changed yet. */
    duringPasswordChange?: boolean;
    /** Allowed while an administrator still has to set up two-step verification. */
    duringTotpEnrolment?: boolean;
    /**
     * The route changes what a resolved session holds (account status, roles, region, enterprise, password);
     * the in-process session cache is emptied after it answers.
     */
    changesSessions?: boolean;
    /**
     * A route other than GET that acts over the user's whole region (a report requested by POST, a target a city
     * sets for its counties): its scope is not confined to the user's own region's rows (`writeScopePrefix`).
     */
    regionWide?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    db: Kysely<DB>;
    /** Where dashboards, reports and exports read (a replica when configured; `readerFor`). */
    reads: ReadRouter;
    jobs: JobRunner;
    /** Session cookies carry `Secure` (behind HTTPS). */
    secureCookies: boolean;
  }
}

/** The signed-in user of a route that required one. */
export function requireAuth(auth: AuthContext | null): AuthContext {
  if (!auth) throw new Error('route reached without a session: its access rule is wrong');
  return auth;
}

/** The actor written to the audit trail for a request. */
export function actorOf(req: { auth: AuthContext | null; ip: string; id?: string }): Actor {
  return { id: req.auth?.userId ?? null, name: req.auth?.username ?? null, ip: req.ip, requestId: req.id ?? null };
}

/** Who a use case acts for: the signed-in user (for its access checks) and the actor its audit rows name. */
export interface UseCaseContext {
  auth: AuthContext;
  actor: Actor;
}

/** The use-case context of a route that required a session. */
export function contextOf(req: { auth: AuthContext | null; ip: string; id?: string }): UseCaseContext {
  return { auth: requireAuth(req.auth), actor: actorOf(req) };
}
