import { sql, type SqlBool } from 'kysely';
import { inScope } from '../../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../../platform/auth/row-scope';
import { AppError, forbidden } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';

// Who does what with service logs (docs/rules.md §5.1.1), stated once.

/** Staff and leaders read the logs of their region; a commissioner reads only their own (by commissioner.user_id). */
export const serviceLogScope = (auth: AuthContext): RowScope =>
  rowScope(auth, { region: ['commissioner:read'], assigned: ['commissioner:log'] });

/** The log columns (table `l`, commissioner `c`) a scope filters on. */
export const SERVICE_LOG_COLUMNS = {
  region: 'l.region_code',
  assigned: (userId: number) => sql<SqlBool>`(c.user_id = ${userId})`,
} as const;

/** The roster columns (table `c`) the day counters are scoped by. */
export const COUNTER_COLUMNS = {
  region: 'c.region_code',
  assigned: (userId: number) => sql<SqlBool>`(c.user_id = ${userId})`,
} as const;

/** Refuses a log outside the scope: another county, another commissioner's. */
export function assertCanReadLog(auth: AuthContext, log: { region_code: string; user_id: number | null }): void {
  const row = { region_code: log.region_code, assignedTo: (userId: number) => log.user_id === userId };
  assertInScope(serviceLogScope(auth), row, '该服务日志');
}

/** Only the commissioner records and edits their own logs. */
export function assertOwnLog(auth: AuthContext, log: { user_id: number | null }): void {
  if (!holds(auth, 'commissioner:log')) throw forbidden('服务日志由科技特派员本人填写');
  if (log.user_id !== auth.userId) throw forbidden('只能填写或修改本人的服务日志');
}

/** Confirming or returning is for staff of the log's region. */
export function assertCanReview(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'commissioner:confirm')) throw forbidden('服务日志由科技局业务人员审核');
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `该服务日志所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}
