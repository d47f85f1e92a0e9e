import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Stage, Tier } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { listPage, type PageRequest } from '../../platform/db/paging';
import { QUALIFICATION_COLUMNS } from './enterprise.policy';
import type { QualificationTable } from './enterprise.tables';

export type QualificationRow = Selectable<QualificationTable> & { enterprise_name: string };

export interface QualificationFilter {
  tier?: Tier;
  stage?: Stage;
  year?: number;
  enterpriseId?: number;
  keyword?: string;
  ids?: number[];
}

const withEnterprise = (db: Kysely<DB>) =>
  db
    .selectFrom('qualification as q')
    .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
    .selectAll('q')
    .select('e.name as enterprise_name');

/** One page of the qualification records in scope, newest year first. */
export async function listQualifications(db: Kysely<DB>, scope: RowScope, f: QualificationFilter, page: PageRequest) {
  let q = withEnterprise(db).where(scopeFilter(scope, QUALIFICATION_COLUMNS));
  if (f.tier) q = q.where('q.tier', '=', f.tier);
  if (f.stage) q = q.where('q.stage', '=', f.stage);
  if (f.year) q = q.where('q.year', '=', f.year);
  if (f.enterpriseId) q = q.where('q.enterprise_id', '=', f.enterpriseId);
  if (f.ids) q = q.where('q.id', 'in', f.ids);
  if (f.keyword) {
    const kw = f.keyword;
    q = q.where((eb) =>
      eb.or([eb('e.name', 'like', containing(kw)), eb('e.name_initials', 'like', containing(kw.toLowerCase()))]),
    );
  }
  return listPage(q, page, { defaultSort: ['q.year', 'desc'], idColumn: 'q.id' });
}

/** One qualification record with its enterprise's name. */
export async function findQualification(db: Kysely<DB>, id: number): Promise<QualificationRow | undefined> {
  return withEnterprise(db).where('q.id', '=', id).executeTakeFirst();
}

/** The enterprise's record of a tier and year still under way (not rejected, expired or revoked), if any. */
export async function findOpenQualification(db: Kysely<DB>, o: { enterpriseId: number; tier: Tier; year: number }) {
  return db
    .selectFrom('qualification')
    .select('id')
    .where('enterprise_id', '=', o.enterpriseId)
    .where('tier', '=', o.tier)
    .where('year', '=', o.year)
    .where('stage', 'not in', ['rejected', 'expired', 'revoked'])
    .executeTakeFirst();
}

/** Records in scope per tier and stage, of those that entered their stage between `from` and `to` (inclusive). */
export async function countQualificationsByStage(
  db: Kysely<DB>,
  scope: RowScope,
  period: { from?: string; to?: string },
) {
  const enteredOn = sql`coalesce(q.certified_on, q.applied_on, make_date(q.year::int, 1, 1))`;
  let q = db.selectFrom('qualification as q').where(scopeFilter(scope, QUALIFICATION_COLUMNS));
  if (period.from) q = q.where(sql<boolean>`${enteredOn} >= ${period.from}::date`);
  if (period.to) q = q.where(sql<boolean>`${enteredOn} <= ${period.to}::date`);
  const rows = await q
    .select(['q.tier', 'q.stage', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['q.tier', 'q.stage'])
    .orderBy('q.tier')
    .execute();
  return rows.map((r) => ({ tier: r.tier, stage: r.stage, count: Number(r.count) }));
}
