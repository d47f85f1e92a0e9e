import { containing } from '../../platform/db/like-pattern';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZReserveListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { categoryLabel } from './call.repository';
import type { ProjectReserveTable } from './project.tables';

export type ReserveRow = Selectable<ProjectReserveTable> & { enterprise_name: string; category_label: string | null };
export type ReserveFilter = Omit<z.infer<typeof ZReserveListQuery>, 'current' | 'pageSize'>;

/** Reserve entries with their enterprise's name and their category's label. */
function reserveQuery(db: Kysely<DB>) {
  return db
    .selectFrom('project_reserve as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
    .selectAll('r')
    .select(['e.name as enterprise_name', categoryLabel('r.category').as('category_label')]);
}

/** One page of the reserve entries in scope, latest planned year first. */
export async function listReserve(db: Kysely<DB>, scope: RowScope, f: ReserveFilter, page: PageRequest) {
  let q = reserveQuery(db).where(scopeFilter(scope, { region: 'r.region_code', enterprise: 'r.enterprise_id' }));
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.category) q = q.where('r.category', '=', f.category);
  if (f.plannedYear) q = q.where('r.planned_year', '=', f.plannedYear);
  if (f.enterpriseId) q = q.where('r.enterprise_id', '=', f.enterpriseId);
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('r.title', 'like', like), eb('e.name', 'like', like)]));
  }
  const { data, total } = await listPage(q, page, { defaultSort: ['r.planned_year', 'desc'], idColumn: 'r.id' });
  return { rows: data as ReserveRow[], total };
}

/** One reserve entry. */
export async function findReserve(db: Kysely<DB>, id: number): Promise<ReserveRow | undefined> {
  return (await reserveQuery(db).where('r.id', '=', id).executeTakeFirst()) as ReserveRow | undefined;
}
