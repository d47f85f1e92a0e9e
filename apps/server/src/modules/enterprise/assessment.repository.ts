import type { Kysely } from 'kysely';
import type { Tier } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { ENTERPRISE_COLUMNS } from './enterprise.policy';

/** The yearly figures of these enterprises, oldest year first (the engines' input). */
export async function listYearlyFigures(db: Kysely<DB>, enterpriseIds: number[]) {
  return db
    .selectFrom('enterprise_yearly')
    .selectAll()
    .where('enterprise_id', 'in', enterpriseIds)
    .orderBy('year')
    .execute();
}

/** Whether the enterprise has a 高企 certification on record (the 科小 table's direct pass). */
export async function hasHighTechCertification(db: Kysely<DB>, enterpriseId: number): Promise<boolean> {
  const row = await db
    .selectFrom('qualification')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('tier', '=', 'high_tech')
    .where('stage', '=', 'certified')
    .executeTakeFirst();
  return !!row;
}

/** The enterprises holding a 高企 certificate still valid on `asOf`. */
export async function listValidHighTechHolders(db: Kysely<DB>, asOf: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('qualification')
    .select('enterprise_id')
    .where('tier', '=', 'high_tech')
    .where('stage', '=', 'certified')
    .where('valid_until', '>=', asOf)
    .execute();
  return new Set(rows.map((r) => r.enterprise_id));
}

/**
 * The register in scope that could climb to `target` (those holding a certificate of it valid on `asOf` are
 * not), with the township's name, by name pinyin; at most 2,000.
 */
export async function listPoolEnterprises(
  db: Kysely<DB>,
  scope: RowScope,
  o: { target: Tier; township?: string; asOf: string },
) {
  let q = db
    .selectFrom('enterprise as e')
    .leftJoin('region as t', 't.code', 'e.township_code')
    .selectAll('e')
    .select('t.name as township_name')
    .where(scopeFilter(scope, ENTERPRISE_COLUMNS));
  if (o.township) q = q.where('e.township_code', '=', o.township);
  q = q.where(({ not, exists, selectFrom }) =>
    not(
      exists(
        selectFrom('qualification as c')
          .select('c.id')
          .whereRef('c.enterprise_id', '=', 'e.id')
          .where('c.tier', '=', o.target)
          .where('c.stage', '=', 'certified')
          .where('c.valid_until', '>=', o.asOf),
      ),
    ),
  );
  return q.orderBy('e.name_pinyin').limit(2000).execute();
}
