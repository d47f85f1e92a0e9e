import { sql, type Expression, type SqlBool } from 'kysely';
import type { PermissionKey } from '@kechuang/domain';
import { codeStartsWith } from '../db/code-prefix';
import { AppError, forbidden } from '../errors';
import type { AuthContext } from '../http/types';
import { inScope } from './region-scope';

/**
 * Which rows of a module a user may read: those of a region (staff, leaders, by region-code prefix), those of
 * their own enterprise (an enterprise user), or those assigned to them (an expert, a commissioner). Every
 * module's policy states its rule once with `rowScope`; repositories filter with `scopeFilter`, use cases check
 * a row with `assertInScope`.
 */
export type RowScope =
  { kind: 'region'; prefix: string } | { kind: 'own'; enterpriseId: number } | { kind: 'assigned'; userId: number };

/** The permissions that give each kind of scope, tried in this order: region, own, assigned. */
export interface RowScopeRule {
  region?: readonly PermissionKey[];
  own?: readonly PermissionKey[];
  assigned?: readonly PermissionKey[];
}

const holdsAny = (auth: AuthContext, keys: readonly PermissionKey[] | undefined) =>
  !!keys?.some((k) => auth.permissions.has(k));

/** The user's scope under a module's rule; a user the rule gives nothing is refused (403). */
export function rowScope(auth: AuthContext, rule: RowScopeRule): RowScope {
  if (holdsAny(auth, rule.region)) return { kind: 'region', prefix: auth.scopePrefix };
  if (holdsAny(auth, rule.own) && auth.enterpriseId) return { kind: 'own', enterpriseId: auth.enterpriseId };
  if (holdsAny(auth, rule.assigned)) return { kind: 'assigned', userId: auth.userId };
  throw forbidden();
}

/** Whether the user holds any of the permissions (policies ask this; routes and use cases ask the policy). */
export function holds(auth: AuthContext, ...keys: PermissionKey[]): boolean {
  return holdsAny(auth, keys);
}

/** The columns a table's rows are scoped by: its region, its enterprise, and (optionally) who it is assigned to. */
export interface ScopedColumns {
  region: string;
  enterprise?: string;
  /** A SQL condition true when the row is assigned to the user (given the user id). */
  assigned?: (userId: number) => Expression<SqlBool>;
}

/** The WHERE condition of a scope over a table's columns, for a repository's list query. */
export function scopeFilter(scope: RowScope, columns: ScopedColumns): Expression<SqlBool> {
  if (scope.kind === 'region') return codeStartsWith(columns.region, scope.prefix);
  if (scope.kind === 'own') {
    return columns.enterprise
      ? sql<SqlBool>`(${sql.ref(columns.enterprise)} = ${scope.enterpriseId})`
      : sql<SqlBool>`false`;
  }
  return columns.assigned ? columns.assigned(scope.userId) : sql<SqlBool>`false`;
}

/** One row as a scope sees it: its region, its enterprise, whether it is assigned to the user. */
export interface ScopedRow {
  region_code: string;
  enterprise_id?: number | null;
  assignedTo?: (userId: number) => boolean;
}

/** Whether the row lies in the scope. */
export function isInScope(scope: RowScope, row: ScopedRow): boolean {
  if (scope.kind === 'region') return inScope(scope.prefix, row.region_code);
  if (scope.kind === 'own') return row.enterprise_id === scope.enterpriseId;
  return !!row.assignedTo?.(scope.userId);
}

/** Refuses a row outside the scope, saying why in Chinese. */
export function assertInScope(scope: RowScope, row: ScopedRow, what = '该记录'): void {
  if (isInScope(scope, row)) return;
  if (scope.kind === 'own') throw new AppError('OUT_OF_SCOPE', `只能查看或办理本单位的${what.replace(/^该/, '')}`);
  if (scope.kind === 'assigned') throw forbidden(`${what}未分配给您`);
  throw new AppError('OUT_OF_SCOPE', `${what}不在您的管辖范围内`);
}
