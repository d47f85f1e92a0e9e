import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TAwardProgrammeListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { regionNameOf } from './award-region';
import { PROGRAMME_COLUMNS } from './award.policy';
import type { AwardProgrammeTable } from './award.tables';

export type ProgrammeRow = Selectable<AwardProgrammeTable> & {
  region_name: string | null;
  nominations: number;
  winners: number;
};
export type ProgrammeFilter = Omit<TAwardProgrammeListQuery, 'current' | 'pageSize'>;

const SORTABLE = { year: 'p.year', name: 'p.name', updatedAt: 'p.updated_at' };

/** The programme's nomination and winner counts, over the programme called `p`. */
export const programmeCounts = [
  sql<number>`(select count(*)::int from award_nomination n where n.programme_id = p.id)`.as('nominations'),
  sql<number>`(select count(*)::int from award_nomination n where n.programme_id = p.id and n.state = 'awarded')`.as(
    'winners',
  ),
];

function filtered(db: Kysely<DB>, scope: RowScope, f: ProgrammeFilter) {
  let q = db.selectFrom('award_programme as p').where(scopeFilter(scope, PROGRAMME_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('p.name', 'like', like), eb('p.organiser', 'like', like)]));
  }
  if (f.year) q = q.where('p.year', '=', f.year);
  if (f.level) q = q.where('p.level', '=', f.level);
  if (f.ids) q = q.where('p.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the programmes in scope, newest year first unless sorted. */
export async function listProgrammes(db: Kysely<DB>, scope: RowScope, f: ProgrammeFilter, page: PageRequest) {
  const query = filtered(db, scope, f)
    .selectAll('p')
    .select([regionNameOf('p'), ...programmeCounts]);
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['p.year', 'desc'], idColumn: 'p.id' },
  );
  return { rows: data as ProgrammeRow[], total };
}

/** One programme with its county's name and counts. */
export async function findProgramme(db: Kysely<DB>, id: number): Promise<ProgrammeRow | undefined> {
  return (await db
    .selectFrom('award_programme as p')
    .selectAll('p')
    .select([regionNameOf('p'), ...programmeCounts])
    .where('p.id', '=', id)
    .executeTakeFirst()) as ProgrammeRow | undefined;
}
