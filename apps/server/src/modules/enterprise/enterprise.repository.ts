import { containing, startingWith } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZEnterpriseListQuery } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { offsetOf } from '../../platform/db/paging';
import type { EnterpriseTable } from './enterprise.tables';
import { ENTERPRISE_COLUMNS } from './enterprise.policy';

export type EnterpriseFilter = Omit<z.infer<typeof ZEnterpriseListQuery>, 'current' | 'pageSize'>;
export type EnterpriseRow = Selectable<EnterpriseTable> & {
  region_name: string | null;
  township_name: string | null;
  industry_name: string | null;
  tiers: { tier: string; stage: string; year: number }[];
};

/**
 * What a row of the register shows beside its own columns, over the enterprise row called `alias`: the names of
 * its county, township and industry, and the latest qualification record per tier as a small JSON array.
 */
export function enterpriseDisplayColumns(alias: string) {
  const e = (column: string) => sql.ref(`${alias}.${column}`);
  return [
    sql<string | null>`(select name from region where code = ${e('region_code')})`.as('region_name'),
    sql<string | null>`(select name from region where code = ${e('township_code')})`.as('township_name'),
    sql<string | null>`(select name from industry where code = ${e('industry_code')})`.as('industry_name'),
    sql<{ tier: string; stage: string; year: number }[]>`coalesce((
      select json_agg(json_build_object('tier', q.tier, 'stage', q.stage, 'year', q.year) order by q.tier)
      from (select distinct on (tier) tier, stage, year from qualification where enterprise_id = ${e('id')} order by tier, year desc, id desc) q
    ), '[]')`.as('tiers'),
  ];
}

function filtered(db: Kysely<DB>, scope: RowScope, f: EnterpriseFilter) {
  let q = db.selectFrom('enterprise as e').where(scopeFilter(scope, ENTERPRISE_COLUMNS));
  if (f.regionCode) {
    q =
      f.regionCode.length === 12
        ? q.where('e.township_code', '=', f.regionCode)
        : q.where(codeStartsWith('e.region_code', f.regionCode.replace(/(00)+$/, '')));
  }
  if (f.industryCode) q = q.where(codeStartsWith('e.industry_code', f.industryCode));
  if (f.ids) q = q.where('e.id', 'in', f.ids);
  if (f.tag) q = q.where(sql<boolean>`e.tags @> array[${f.tag}]::text[]`);
  if (f.keyword) {
    const kw = f.keyword;
    const lower = kw.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        eb('e.name', 'like', containing(kw)),
        eb('e.name_initials', 'like', containing(lower)),
        eb('e.name_pinyin', 'like', containing(lower)),
        eb('e.credit_code', 'like', startingWith(kw.toUpperCase())),
      ]),
    );
  }
  // A tier alone is a column predicate, written as a literal (f.tier is one of TIERS) so that the statement's
  // generic plan can use that tier's partial index (migration 20261204-2100); with a stage, tier and stage must
  // hold on the same record.
  if (f.tier && !f.stage) q = q.where(sql<boolean>`e.qualification_tiers @> array[${sql.lit(f.tier)}]::text[]`);
  else if (f.stage) {
    q = q.where((eb) => {
      let sub = eb.selectFrom('qualification as q').select('q.id').whereRef('q.enterprise_id', '=', 'e.id');
      if (f.tier) sub = sub.where('q.tier', '=', f.tier);
      if (f.stage) sub = sub.where('q.stage', '=', f.stage);
      return eb.exists(sub);
    });
  }
  return q;
}

const SORTS = { name: 'e.name_pinyin', updatedAt: 'e.updated_at', foundedOn: 'e.founded_on', revenue: 'e.id' } as const;

function withNames<QB extends ReturnType<typeof filtered>>(q: QB) {
  return q.selectAll('e').select(enterpriseDisplayColumns('e'));
}

/**
 * The statement of one page of the register in scope, with filters, sort and the latest stage per tier, and the
 * filter's total. One statement (F2, F11): the page's ids are chosen on the bare rows with the total beside each
 * (a window over every matching row, counted before LIMIT), then names and tiers are computed for those rows only.
 */
export function enterprisePageQuery(
  db: Kysely<DB>,
  scope: RowScope,
  f: EnterpriseFilter,
  page: { current: number; pageSize: number },
) {
  const sortCol = SORTS[f.sort ?? 'updatedAt'];
  const dir = f.order === 'ascend' ? 'asc' : 'desc';
  const pageIds = filtered(db, scope, f)
    .select(['e.id', sql<number>`count(*) over ()`.as('total')])
    .orderBy(sortCol, dir)
    .orderBy('e.id', dir)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return db
    .with('page', () => pageIds)
    .selectFrom('page')
    .innerJoin('enterprise as e', 'e.id', 'page.id')
    .selectAll('e')
    .select(enterpriseDisplayColumns('e'))
    .select('page.total')
    .orderBy(sortCol, dir)
    .orderBy('e.id', dir);
}

/** One page of the register and the filter's total; only a page past the end, which has no row to carry the total, counts separately. */
export async function listEnterprises(
  db: Kysely<DB>,
  scope: RowScope,
  f: EnterpriseFilter,
  page: { current: number; pageSize: number },
) {
  const rows = await enterprisePageQuery(db, scope, f, page).execute();
  const total = rows.length
    ? Number(rows[0].total)
    : offsetOf(page) === 0
      ? 0
      : Number(
          (
            await filtered(db, scope, f)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
  return { rows: rows.map(({ total: _total, ...row }) => row) as EnterpriseRow[], total };
}

/** Every row matching the filter (for export), capped. */
export async function listAllEnterprises(db: Kysely<DB>, scope: RowScope, f: EnterpriseFilter, cap: number) {
  return (await withNames(filtered(db, scope, f))
    .orderBy('e.name_pinyin')
    .limit(cap)
    .execute()) as EnterpriseRow[];
}

/** One enterprise with its names and tiers. */
export async function findEnterprise(db: Kysely<DB>, id: number): Promise<EnterpriseRow | undefined> {
  return (await withNames(
    db.selectFrom('enterprise as e').where('e.id', '=', id) as ReturnType<typeof filtered>,
  ).executeTakeFirst()) as EnterpriseRow | undefined;
}

/** An enterprise's id, region and name, without the display columns. */
export async function findEnterpriseName(db: Kysely<DB>, id: number) {
  return db.selectFrom('enterprise').select(['id', 'region_code', 'name']).where('id', '=', id).executeTakeFirst();
}

/** The enterprise holding a credit code, if any, other than `exceptId` (credit codes are unique nationwide). */
export async function findCreditCodeHolder(db: Kysely<DB>, code: string, exceptId?: number) {
  let q = db.selectFrom('enterprise').select(['id', 'name']).where('credit_code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
}

/** An enterprise's timeline, newest first (the latest 500 events). */
export async function listEnterpriseEvents(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('enterprise_event')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}
