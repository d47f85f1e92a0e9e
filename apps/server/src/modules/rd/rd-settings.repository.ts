import type { Kysely, Selectable } from 'kysely';
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

/** The cross-check rules, in the order the domain lists them. */
export async function listCheckRules(db: Kysely<DB>): Promise<CheckRuleRow[]> {
  const rows = await db.selectFrom('rd_check_rule').selectAll().execute();
  const order = (c: string) => RD_CHECK_CODES.indexOf(c as RdCheckCode);
  return rows.sort((a, b) => order(a.code) - order(b.code));
}

/** One cross-check rule. */
export async function findCheckRule(db: Kysely<DB>, code: string): Promise<CheckRuleRow | undefined> {
  return db.selectFrom('rd_check_rule').selectAll().where('code', '=', code).executeTakeFirst();
}
