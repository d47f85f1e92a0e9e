import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TCompetitionListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { regionNameOf } from './award-region';
import { COMPETITION_COLUMNS } from './award.policy';
import type { AwardCompetitionTable } from './award.tables';

export type CompetitionRow = Selectable<AwardCompetitionTable> & {
  region_name: string | null;
  entries: number;
  awarded: number;
};
export type CompetitionFilter = Omit<TCompetitionListQuery, 'current' | 'pageSize'>;

const SORTABLE = { year: 'c.year', name: 'c.name', updatedAt: 'c.updated_at' };

/** The competition's entry and award counts, over the competition called `c`. */
const competitionCounts = [
  sql<number>`(select count(*)::int from award_entry e where e.competition_id = c.id)`.as('entries'),
  sql<number>`(select count(*)::int from award_entry e where e.competition_id = c.id and e.award is not null)`.as(
    'awarded',
  ),
];

function filtered(db: Kysely<DB>, scope: RowScope, f: CompetitionFilter) {
  let q = db.selectFrom('award_competition as c').where(scopeFilter(scope, COMPETITION_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('c.name', 'like', like), eb('c.division', 'like', like), eb('c.organiser', 'like', like)]),
    );
  }
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.ids) q = q.where('c.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the competitions in scope, newest year first unless sorted. */
export async function listCompetitions(db: Kysely<DB>, scope: RowScope, f: CompetitionFilter, page: PageRequest) {
  const query = filtered(db, scope, f)
    .selectAll('c')
    .select([regionNameOf('c'), ...competitionCounts]);
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['c.year', 'desc'], idColumn: 'c.id' },
  );
  return { rows: data as CompetitionRow[], total };
}

/** One competition with its county's name and counts. */
export async function findCompetition(db: Kysely<DB>, id: number): Promise<CompetitionRow | undefined> {
  return (await db
    .selectFrom('award_competition as c')
    .selectAll('c')
    .select([regionNameOf('c'), ...competitionCounts])
    .where('c.id', '=', id)
    .executeTakeFirst()) as CompetitionRow | undefined;
}
