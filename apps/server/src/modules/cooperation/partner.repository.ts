import { containing } from '../../platform/db/like-pattern';
import type { Kysely, Selectable } from 'kysely';
import { COOPERATION_DICTS, type TCoopPartnerListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { dictLabelOf } from './cooperation-refs';
import { PARTNER_COLUMNS } from './cooperation.policy';
import type { CooperationPartnerTable } from './cooperation.tables';
import { idsOf, regionNameOf } from './region-name';

export type PartnerRow = Selectable<CooperationPartnerTable> & {
  region_name: string | null;
  kind_label: string | null;
};
export type PartnerFilter = Omit<TCoopPartnerListQuery, 'current' | 'pageSize'>;

export const partnerKindLabel = (alias: string) =>
  dictLabelOf(COOPERATION_DICTS.partnerKind, `${alias}.kind`, 'kind_label');

const SORTABLE = { name: 'c.name', updatedAt: 'c.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: PartnerFilter) {
  let q = db.selectFrom('cooperation_partner as c').where(scopeFilter(scope, PARTNER_COLUMNS));
  if (f.keyword) q = q.where('c.name', 'like', containing(f.keyword));
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.ids) q = q.where('c.id', 'in', idsOf(f.ids));
  return q.selectAll('c').select([regionNameOf('c'), partnerKindLabel('c')]);
}

/** One page of the partners in scope, by name unless sorted. */
export async function listPartners(db: Kysely<DB>, scope: RowScope, f: PartnerFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['c.name', 'asc'], idColumn: 'c.id' },
  );
  return { rows: data as PartnerRow[], total };
}

/** Every partner the filter matches (export), by name, capped. */
export async function listAllPartners(db: Kysely<DB>, scope: RowScope, f: PartnerFilter, cap: number) {
  return (await filtered(db, scope, f).orderBy('c.name').orderBy('c.id').limit(cap).execute()) as PartnerRow[];
}

export async function findPartner(db: Kysely<DB>, id: number): Promise<PartnerRow | undefined> {
  return (await db
    .selectFrom('cooperation_partner as c')
    .selectAll('c')
    .select([regionNameOf('c'), partnerKindLabel('c')])
    .where('c.id', '=', id)
    .executeTakeFirst()) as PartnerRow | undefined;
}

/** The partners of a region by name (the import names its partner by name). */
export async function partnersByName(db: Kysely<DB>, scopePrefix: string) {
  const rows = await db
    .selectFrom('cooperation_partner as c')
    .select(['c.id', 'c.name', 'c.region_code'])
    .where(scopeFilter({ kind: 'region', prefix: scopePrefix }, PARTNER_COLUMNS))
    .execute();
  const byName = new Map<string, { id: number; region_code: string }[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  return byName;
}
