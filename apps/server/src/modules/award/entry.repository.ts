import { containing } from '../../platform/db/like-pattern';
import type { Kysely, Selectable } from 'kysely';
import type { TCompetitionEntryListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { enterpriseNameOf, regionNameOf } from './award-region';
import { ENTRY_COLUMNS } from './award.policy';
import type { AwardEntryTable } from './award.tables';

export type EntryRow = Selectable<AwardEntryTable> & {
  region_name: string | null;
  enterprise_name: string | null;
  competition_name: string;
  edition: number | null;
  division: string | null;
  year: number;
  level: string;
};
export type EntryFilter = Omit<TCompetitionEntryListQuery, 'current' | 'pageSize'>;

const SORTABLE = { enteredOn: 'e.entered_on', updatedAt: 'e.updated_at' };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('award_entry as e')
    .innerJoin('award_competition as c', 'c.id', 'e.competition_id')
    .selectAll('e')
    .select([
      regionNameOf('e'),
      enterpriseNameOf('e'),
      'c.name as competition_name',
      'c.edition',
      'c.division',
      'c.year as year',
      'c.level as level',
    ]);
}

function filtered(db: Kysely<DB>, scope: RowScope, f: EntryFilter) {
  let q = base(db).where(scopeFilter(scope, ENTRY_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('e.unit_name', 'like', like), eb('e.person_name', 'like', like), eb('e.project_title', 'like', like)]),
    );
  }
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.competitionId) q = q.where('e.competition_id', '=', f.competitionId);
  if (f.stage) q = q.where('e.stage', '=', f.stage);
  if (f.awarded) q = q.where('e.award', f.awarded === 'true' ? 'is not' : 'is', null);
  if (f.nomineeKind) q = q.where('e.nominee_kind', '=', f.nomineeKind);
  if (f.ids) q = q.where('e.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the entries in scope, newest 报名日期 first unless sorted. */
export async function listEntries(db: Kysely<DB>, scope: RowScope, f: EntryFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['e.entered_on', 'desc'], idColumn: 'e.id' },
  );
  return { rows: data as EntryRow[], total };
}

/** Every entry the filter matches (export), newest first, capped. */
export async function listAllEntries(db: Kysely<DB>, scope: RowScope, f: EntryFilter, cap: number) {
  return (await filtered(db, scope, f)
    .orderBy('e.entered_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(cap)
    .execute()) as EntryRow[];
}

/** One entry with its competition. */
export async function findEntry(db: Kysely<DB>, id: number): Promise<EntryRow | undefined> {
  return (await base(db).where('e.id', '=', id).executeTakeFirst()) as EntryRow | undefined;
}
