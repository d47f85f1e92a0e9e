import { sql, type Kysely, type Selectable } from 'kysely';
import { scopeFilter, type RowScope } from '../../../platform/auth/row-scope';
import type { DB } from '../../../platform/db/schema';
import { ASSESSMENT_COLUMNS } from './assessment.policy';
import type {
  CommissionerAssessmentEntryTable,
  CommissionerAssessmentSchemeTable,
  CommissionerAssessmentTable,
} from './assessment.tables';

export type SchemeRow = Selectable<CommissionerAssessmentSchemeTable>;
export type AssessmentRow = Selectable<CommissionerAssessmentTable> & {
  region_name: string | null;
  scheme_name: string;
  entries: number;
  graded: number;
};
export type EntryRow = Selectable<CommissionerAssessmentEntryTable> & {
  year: number;
  commissioner_name: string;
  level: string;
  unit_name: string;
  ratings: number;
  rating_avg: string | null;
};

export const listSchemes = (db: Kysely<DB>) =>
  db.selectFrom('commissioner_assessment_scheme').selectAll().orderBy('version', 'desc').execute();

export const latestScheme = (db: Kysely<DB>) =>
  db.selectFrom('commissioner_assessment_scheme').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();

export const findScheme = (db: Kysely<DB>, id: number) =>
  db.selectFrom('commissioner_assessment_scheme').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

function assessments(db: Kysely<DB>) {
  return db
    .selectFrom('commissioner_assessment as a')
    .innerJoin('commissioner_assessment_scheme as s', 's.id', 'a.scheme_id')
    .selectAll('a')
    .select([
      's.name as scheme_name',
      sql<string | null>`(select name from region where code = a.region_code)`.as('region_name'),
      sql<number>`(select count(*)::int from commissioner_assessment_entry x where x.assessment_id = a.id)`.as(
        'entries',
      ),
      sql<number>`(select count(*)::int from commissioner_assessment_entry x where x.assessment_id = a.id and x.grade is not null)`.as(
        'graded',
      ),
    ]);
}

/** The assessments in scope, newest year first. */
export async function listAssessments(db: Kysely<DB>, scope: RowScope, f: { year?: number; ids?: string }) {
  let q = assessments(db).where(scopeFilter(scope, ASSESSMENT_COLUMNS));
  if (f.year) q = q.where('a.year', '=', f.year);
  if (f.ids) {
    const ids = f.ids.split(',').map(Number);
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('commissioner_assessment_entry as x')
          .select('x.id')
          .whereRef('x.assessment_id', '=', 'a.id')
          .where('x.id', 'in', ids),
      ),
    );
  }
  return (await q.orderBy('a.year', 'desc').orderBy('a.region_code').execute()) as AssessmentRow[];
}

export async function findAssessment(db: Kysely<DB>, id: number) {
  return (await assessments(db).where('a.id', '=', id).executeTakeFirst()) as AssessmentRow | undefined;
}

function entries(db: Kysely<DB>) {
  return db
    .selectFrom('commissioner_assessment_entry as x')
    .innerJoin('commissioner_assessment as a', 'a.id', 'x.assessment_id')
    .innerJoin('commissioner as c', 'c.id', 'x.commissioner_id')
    .selectAll('x')
    .select([
      'a.year',
      'c.name as commissioner_name',
      'c.level',
      'c.unit_name',
      sql<number>`(select count(*)::int from commissioner_assessment_rating r where r.entry_id = x.id)`.as('ratings'),
      sql<string | null>`(select avg(points) from commissioner_assessment_rating r where r.entry_id = x.id)`.as(
        'rating_avg',
      ),
    ]);
}

/** An assessment's entries by commissioner name. */
export async function entriesOf(db: Kysely<DB>, assessmentId: number) {
  return (await entries(db)
    .where('x.assessment_id', '=', assessmentId)
    .orderBy('c.name')
    .orderBy('x.id')
    .execute()) as EntryRow[];
}

export async function findEntry(db: Kysely<DB>, id: number) {
  return (await entries(db).where('x.id', '=', id).executeTakeFirst()) as EntryRow | undefined;
}

/** The register enterprises a commissioner's logs of a year name: who may rate them. */
export async function servedEnterprises(db: Kysely<DB>, commissionerId: number, year: number): Promise<number[]> {
  const rows = await db
    .selectFrom('commissioner_service_log')
    .select('enterprise_id')
    .distinct()
    .where('commissioner_id', '=', commissionerId)
    .where('enterprise_id', 'is not', null)
    .where('served_on', '>=', `${year}-01-01`)
    .where('served_on', '<=', `${year}-12-31`)
    .execute();
  return rows.map((r) => r.enterprise_id!);
}

/** The entries an enterprise may rate: commissioners whose logs of the assessed year name it. */
export async function ratableEntries(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('commissioner_assessment_entry as x')
    .innerJoin('commissioner_assessment as a', 'a.id', 'x.assessment_id')
    .innerJoin('commissioner as c', 'c.id', 'x.commissioner_id')
    .innerJoin('commissioner_assessment_scheme as s', 's.id', 'a.scheme_id')
    .leftJoin('commissioner_assessment_rating as r', (j) =>
      j.onRef('r.entry_id', '=', 'x.id').on('r.enterprise_id', '=', enterpriseId),
    )
    .select(['x.id', 'a.year', 'a.status', 'c.name', 's.items', 'r.points'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('commissioner_service_log as l')
          .select('l.id')
          .whereRef('l.commissioner_id', '=', 'x.commissioner_id')
          .where('l.enterprise_id', '=', enterpriseId)
          .where(sql<boolean>`extract(year from l.served_on) = a.year`),
      ),
    )
    .orderBy('a.year', 'desc')
    .orderBy('c.name')
    .execute();
}

/** The confirmed days of commissioners in a year (for 服务次数). */
export async function confirmedDaysOf(db: Kysely<DB>, commissionerIds: number[], year: number) {
  if (!commissionerIds.length) return new Map<number, number>();
  const rows = await db
    .selectFrom('commissioner_service_log')
    .select(['commissioner_id', sql<string>`sum(days)`.as('days')])
    .where('commissioner_id', 'in', commissionerIds)
    .where('status', '=', 'confirmed')
    .where('served_on', '>=', `${year}-01-01`)
    .where('served_on', '<=', `${year}-12-31`)
    .groupBy('commissioner_id')
    .execute();
  return new Map(rows.map((r) => [r.commissioner_id, Number(r.days)]));
}
