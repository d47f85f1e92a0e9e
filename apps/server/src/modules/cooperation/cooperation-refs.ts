import { sql, type Kysely } from 'kysely';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

// The checks of the records a cooperation record names (its county, its dictionary values, its enterprise,
// partner and agreement): each refusal is a 400 naming the field, so nothing is written.

const refuse = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** The label of an active dictionary item, or a 400 naming the field. */
export async function assertDictValue(
  db: Kysely<DB>,
  type: string,
  value: string,
  field: string,
  label: string,
): Promise<string> {
  const item = await db
    .selectFrom('dict_item')
    .select('label')
    .where('type_code', '=', type)
    .where('value', '=', value)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!item) throw refuse(field, `${label}：“${value}”不是有效选项`);
  return item.label;
}

/** The label of a dictionary value over a column (for lists and exports). */
export const dictLabelOf = <A extends string>(type: string, column: string, as: A) =>
  sql<string | null>`(select label from dict_item where type_code = ${type} and value = ${sql.ref(column)} limit 1)`.as(
    as,
  );

/** Refuses a 所属县区 that is not a current county code (400 naming the field). */
export async function assertCounty(db: Kysely<DB>, regionCode: string): Promise<void> {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', regionCode)
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  if (!row) throw refuse('regionCode', `所属县区：${regionCode} 不是现行的县级区划代码`);
}

/** An enterprise of the register in the record's county (the county's own enterprises cooperate through it). */
export async function assertEnterpriseOf(
  db: Kysely<DB>,
  enterpriseId: number,
  regionCode: string,
  label = '合作企业',
): Promise<{ id: number; name: string }> {
  const e = await db
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code'])
    .where('id', '=', enterpriseId)
    .executeTakeFirst();
  if (!e || e.region_code !== regionCode) {
    throw refuse('enterpriseId', `${label}：企业名录中没有所属县区的该企业（编号 ${enterpriseId}）`);
  }
  return e;
}

/** A partner of the register the user may see. */
export async function assertPartnerFor(
  db: Kysely<DB>,
  auth: { scopePrefix: string },
  partnerId: number,
  label = '合作单位',
): Promise<{ id: number; name: string }> {
  const p = await db
    .selectFrom('cooperation_partner')
    .select(['id', 'name', 'region_code'])
    .where('id', '=', partnerId)
    .executeTakeFirst();
  if (!p || !inScope(auth.scopePrefix, p.region_code)) {
    throw refuse('partnerId', `${label}：合作单位名录中没有该单位（编号 ${partnerId}）`);
  }
  return p;
}

/** An agreement of the project's county that the project may be carried out under. */
export async function assertAgreementFor(db: Kysely<DB>, auth: AuthContext, agreementId: number): Promise<void> {
  const a = await db
    .selectFrom('cooperation_agreement')
    .select(['region_code'])
    .where('id', '=', agreementId)
    .executeTakeFirst();
  if (!a || !inScope(auth.scopePrefix, a.region_code)) {
    throw refuse('agreementId', `所属协议：没有该合作协议（编号 ${agreementId}）`);
  }
}

/** The enterprise's and partner's names by id (for timeline titles). */
export async function namesOf(db: Kysely<DB>, enterpriseId: number | null, partnerId: number | null) {
  const e = enterpriseId
    ? await db.selectFrom('enterprise').select('name').where('id', '=', enterpriseId).executeTakeFirst()
    : undefined;
  const p = partnerId
    ? await db.selectFrom('cooperation_partner').select('name').where('id', '=', partnerId).executeTakeFirst()
    : undefined;
  return { enterpriseName: e?.name ?? null, partnerName: p?.name ?? null };
}
