import { containing } from '../../platform/db/like-pattern';
import type { Kysely, Selectable } from 'kysely';
import type { TAwardNominationListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { enterpriseNameOf, regionNameOf } from './award-region';
import { NOMINATION_COLUMNS } from './award.policy';
import type { AwardNominationTable } from './award.tables';

export type NominationRow = Selectable<AwardNominationTable> & {
  region_name: string | null;
  enterprise_name: string | null;
  programme_name: string;
  year: number;
  level: string;
};
export type NominationFilter = Omit<TAwardNominationListQuery, 'current' | 'pageSize'>;

const SORTABLE = { nominatedOn: 'n.nominated_on', announcedOn: 'n.announced_on', updatedAt: 'n.updated_at' };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('award_nomination as n')
    .innerJoin('award_programme as p', 'p.id', 'n.programme_id')
    .selectAll('n')
    .select([
      regionNameOf('n'),
      enterpriseNameOf('n'),
      'p.name as programme_name',
      'p.year as year',
      'p.level as level',
    ]);
}

function filtered(db: Kysely<DB>, scope: RowScope, f: NominationFilter) {
  let q = base(db).where(scopeFilter(scope, NOMINATION_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('n.unit_name', 'like', like), eb('n.person_name', 'like', like), eb('n.title', 'like', like)]),
    );
  }
  if (f.year) q = q.where('p.year', '=', f.year);
  if (f.programmeId) q = q.where('n.programme_id', '=', f.programmeId);
  if (f.level) q = q.where('p.level', '=', f.level);
  if (f.category) q = q.where('n.category', '=', f.category);
  if (f.state) q = q.where('n.state', '=', f.state);
  if (f.nomineeKind) q = q.where('n.nominee_kind', '=', f.nomineeKind);
  if (f.ids) q = q.where('n.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the nominations in scope, newest 推荐日期 first unless sorted. */
export async function listNominations(db: Kysely<DB>, scope: RowScope, f: NominationFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['n.nominated_on', 'desc'], idColumn: 'n.id' },
  );
  return { rows: data as NominationRow[], total };
}

/** Every nomination the filter matches (export), newest first, capped. */
export async function listAllNominations(db: Kysely<DB>, scope: RowScope, f: NominationFilter, cap: number) {
  return (await filtered(db, scope, f)
    .orderBy('n.nominated_on', 'desc')
    .orderBy('n.id', 'desc')
    .limit(cap)
    .execute()) as NominationRow[];
}

/** One nomination with its programme. */
export async function findNomination(db: Kysely<DB>, id: number): Promise<NominationRow | undefined> {
  return (await base(db).where('n.id', '=', id).executeTakeFirst()) as NominationRow | undefined;
}
