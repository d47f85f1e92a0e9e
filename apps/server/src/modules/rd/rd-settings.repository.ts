import { sql, type Kysely, type Selectable } from 'kysely';
import { RD_CHECK_CODES, type RdCheckCode } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import type { IndicatorValueTable, RdCheckRuleTable } from './rd.tables';

export type IndicatorRow = Selectable<IndicatorValueTable>;
export type CheckRuleRow = Selectable<RdCheckRuleTable>;

/** Indicator values in a scope (GDP …), by code and period when given: newest period first, then by region. */
export async function listIndicators(db: Kysely<DB>, scope: RowScope, f: { code?: string; period?: string }) {
  let q = db
    .selectFrom('indicator_value')
    .selectAll()
    .where(scopeFilter(scope, { region: 'region_code' }));
  if (f.code) q = q.where('code', '=', f.code);
  if (f.period) q = q.where('period', '=', f.period.toUpperCase());
  return q.orderBy('period', 'desc').orderBy('region_code').execute();
}

/** The value of an indicator for a region and period, if entered. */
export async function findIndicator(
  db: Kysely<DB>,
  key: { regionCode: string; code: string; period: string },
): Promise<IndicatorRow | undefined> {
  return db
    .selectFrom('indicator_value')
    .selectAll()
    .where('region_code', '=', key.regionCode)
    .where('code', '=', key.code)
    .where('period', '=', key.period)
    .executeTakeFirst();
}

/**
 * The cross-check rules in force for a region (its scope prefix): per rule, the row of the nearest region that set
 * one — the region's own, else an enclosing region's, else the default — in the order the domain lists them.
 */
export async function listCheckRules(db: Kysely<DB>, scopePrefix: string): Promise<CheckRuleRow[]> {
  const rows = await db
    .selectFrom('rd_check_rule')
    .selectAll()
    .where((eb) => eb(sql.val(scopePrefix), 'like', sql<string>`scope || '%'`))
    .execute();
  const nearest = new Map<string, CheckRuleRow>();
  for (const r of rows) {
    const seen = nearest.get(r.code);
    if (!seen || r.scope.length > seen.scope.length) nearest.set(r.code, r);
  }
  const order = (c: string) => RD_CHECK_CODES.indexOf(c as RdCheckCode);
  return [...nearest.values()].sort((a, b) => order(a.code) - order(b.code));
}

/** One cross-check rule as in force for a region. */
export async function findCheckRule(
  db: Kysely<DB>,
  scopePrefix: string,
  code: string,
): Promise<CheckRuleRow | undefined> {
  return (await listCheckRules(db, scopePrefix)).find((r) => r.code === code);
}

/**
 * Writes a region's own version of a rule: updates the region's row if the rule shown was its own (and still at
 * that version), else creates it from the inherited one; undefined when someone changed it meanwhile.
 */
export async function saveRegionCheckRule(
  db: Kysely<DB>,
  scope: string,
  shown: CheckRuleRow,
  change: { severity?: string; enabled?: boolean; threshold?: string | null },
  userId: number,
): Promise<CheckRuleRow | undefined> {
  const values = {
    severity: change.severity ?? shown.severity,
    enabled: change.enabled ?? shown.enabled,
    threshold: change.threshold === undefined ? shown.threshold : change.threshold,
  };
  if (shown.scope === scope) {
    return db
      .updateTable('rd_check_rule')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date(), updated_by: userId }))
      .where('scope', '=', scope)
      .where('code', '=', shown.code)
      .where('version', '=', shown.version)
      .returningAll()
      .executeTakeFirst();
  }
  return db
    .insertInto('rd_check_rule')
    .values({
      ...values,
      scope,
      code: shown.code,
      label: shown.label,
      locked: shown.locked,
      description: shown.description,
      // One past the inherited row's, so an edit sent with the version shown before is stale.
      version: shown.version + 1,
      updated_by: userId,
    })
    .onConflict((oc) => oc.columns(['scope', 'code']).doNothing())
    .returningAll()
    .executeTakeFirst();
}
