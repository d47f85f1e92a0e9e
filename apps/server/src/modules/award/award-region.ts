import { sql, type Kysely } from 'kysely';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';

/** The name of a row's county, over the row called `alias`. */
export const regionNameOf = (alias: string) =>
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name');

/** The register name of a row's enterprise, over the row called `alias`. */
export const enterpriseNameOf = (alias: string) =>
  sql<string | null>`(select name from enterprise where id = ${sql.ref(`${alias}.enterprise_id`)})`.as(
    'enterprise_name',
  );

/** The county-level regions (current codes) under a scope prefix: where records may be written. */
export async function countyCodes(db: Kysely<DB>, scopePrefix: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .where(codeStartsWith('code', scopePrefix))
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** Refuses a 所属县区 that is not a current county code, naming the field (400). */
export async function assertCounty(db: Kysely<DB>, regionCode: string): Promise<void> {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', regionCode)
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  if (row) return;
  const message = `所属县区：${regionCode} 不是现行的县级区划代码`;
  throw new AppError('VALIDATION_FAILED', message, [{ field: 'regionCode', message }]);
}

/** A 400 naming one field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ field, message }]);
}

/** Refuses a dictionary code that is not an active item of the dictionary, naming the field (400). */
export async function assertDictValue(
  db: Kysely<DB>,
  type: string,
  value: string,
  field: string,
  label: string,
): Promise<void> {
  const row = await db
    .selectFrom('dict_item')
    .select('value')
    .where('type_code', '=', type)
    .where('value', '=', value)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!row) throw fieldError(field, `${label}：“${value}”不是字典中的有效选项`);
}

/** The dictionary's active items (value → label), for import columns and facts. */
export async function dictLabels(db: Kysely<DB>, type: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('dict_item')
    .select(['value', 'label'])
    .where('type_code', '=', type)
    .where('status', '=', 'active')
    .orderBy('sort')
    .execute();
  return new Map(rows.map((r) => [r.value, r.label]));
}
