import type { Kysely, Selectable } from 'kysely';
import type { DB, DictItemTable, DictTypeTable } from '../../platform/db/schema';

export type DictTypeRow = Selectable<DictTypeTable>;
export type DictItemRow = Selectable<DictItemTable>;

/** Every dictionary type, by code. */
export async function listDictTypes(db: Kysely<DB>): Promise<DictTypeRow[]> {
  return db.selectFrom('dict_type').selectAll().orderBy('code').execute();
}

/** A dictionary's items in display order: the active ones, or all. */
export async function listDictItems(db: Kysely<DB>, typeCode: string, all: boolean): Promise<DictItemRow[]> {
  let q = db.selectFrom('dict_item').selectAll().where('type_code', '=', typeCode);
  if (!all) q = q.where('status', '=', 'active');
  return q.orderBy('sort').orderBy('id').execute();
}

/** Whether a dictionary type exists. */
export async function dictTypeExists(db: Kysely<DB>, code: string): Promise<boolean> {
  return !!(await db.selectFrom('dict_type').select('code').where('code', '=', code).executeTakeFirst());
}

/** Whether a dictionary already holds a value. */
export async function dictValueExists(db: Kysely<DB>, typeCode: string, value: string): Promise<boolean> {
  const row = await db
    .selectFrom('dict_item')
    .select('id')
    .where('type_code', '=', typeCode)
    .where('value', '=', value)
    .executeTakeFirst();
  return !!row;
}

/** The value of a dictionary item, if the item exists. */
export async function dictItemValue(db: Kysely<DB>, id: number): Promise<string | undefined> {
  return (await db.selectFrom('dict_item').select('value').where('id', '=', id).executeTakeFirst())?.value;
}
