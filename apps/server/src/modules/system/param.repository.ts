import type { Kysely, Selectable } from 'kysely';
import type { DB, SysParamTable } from '../../platform/db/schema';

export type ParamRow = Selectable<SysParamTable>;
/** 参数设置 (the system admin's) and 安全策略 (the security admin's) share one table, split by category. */
export type ParamCategory = 'system' | 'security';

/** The parameters of a category, by key. */
export async function listParams(db: Kysely<DB>, category: ParamCategory): Promise<ParamRow[]> {
  return db.selectFrom('sys_param').selectAll().where('category', '=', category).orderBy('key').execute();
}

/** One parameter. */
export async function findParam(db: Kysely<DB>, key: string): Promise<ParamRow | undefined> {
  return db.selectFrom('sys_param').selectAll().where('key', '=', key).executeTakeFirst();
}
