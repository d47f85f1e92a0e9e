import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import { COOPERATION_DICTS, type TCoopAgreementListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { dictLabelOf } from './cooperation-refs';
import { AGREEMENT_COLUMNS } from './cooperation.policy';
import type { CooperationAgreementTable } from './cooperation.tables';
import { idsOf, regionNameOf } from './region-name';

export type AgreementRow = Selectable<CooperationAgreementTable> & {
  region_name: string | null;
  type_label: string | null;
  enterprise_name: string | null;
  partner_name: string | null;
};
export type AgreementFilter = Omit<TCoopAgreementListQuery, 'current' | 'pageSize'>;

/** The names an agreement row is shown with, over the agreement called `a`. */
export const agreementNames = (alias: string) => [
  regionNameOf(alias),
  dictLabelOf(COOPERATION_DICTS.agreementType, `${alias}.type`, 'type_label'),
  sql<string | null>`(select name from enterprise where id = ${sql.ref(`${alias}.enterprise_id`)})`.as(
    'enterprise_name',
  ),
  sql<string | null>`(select name from cooperation_partner where id = ${sql.ref(`${alias}.partner_id`)})`.as(
    'partner_name',
  ),
];

const SORTABLE = { signedOn: 'a.signed_on', endOn: 'a.end_on', title: 'a.title', updatedAt: 'a.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: AgreementFilter) {
  let q = db.selectFrom('cooperation_agreement as a').where(scopeFilter(scope, AGREEMENT_COLUMNS));
  if (f.keyword) q = q.where('a.title', 'like', containing(f.keyword));
  if (f.type) q = q.where('a.type', '=', f.type);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.year) q = q.where('a.signed_on', '>=', `${f.year}-01-01`).where('a.signed_on', '<=', `${f.year}-12-31`);
  if (f.enterpriseId) q = q.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.partnerId) q = q.where('a.partner_id', '=', f.partnerId);
  if (f.ids) q = q.where('a.id', 'in', idsOf(f.ids));
  return q.selectAll('a').select(agreementNames('a'));
}

/** One page of the agreements in scope, newest 签订日期 first unless sorted. */
export async function listAgreements(db: Kysely<DB>, scope: RowScope, f: AgreementFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['a.signed_on', 'desc'], idColumn: 'a.id' },
  );
  return { rows: data as AgreementRow[], total };
}

export async function findAgreement(db: Kysely<DB>, id: number): Promise<AgreementRow | undefined> {
  return (await db
    .selectFrom('cooperation_agreement as a')
    .selectAll('a')
    .select(agreementNames('a'))
    .where('a.id', '=', id)
    .executeTakeFirst()) as AgreementRow | undefined;
}

/** Agreements of a region signed in [from, to], in id order (the report's facts). */
export async function agreementsSignedIn(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('cooperation_agreement')
    .select(['id', 'title', 'type'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('signed_on', '>=', from)
    .where('signed_on', '<=', to)
    .orderBy('id')
    .execute();
}

/** Agreements still running whose term ends within [today, until] (the renewal reminder). */
export async function agreementsEndingBetween(db: Kysely<DB>, today: string, until: string) {
  return (await db
    .selectFrom('cooperation_agreement as a')
    .selectAll('a')
    .select(agreementNames('a'))
    .where('a.status', 'in', ['signed', 'executing'])
    .where('a.end_on', '>=', today)
    .where('a.end_on', '<=', until)
    .orderBy('a.end_on')
    .orderBy('a.id')
    .execute()) as AgreementRow[];
}
