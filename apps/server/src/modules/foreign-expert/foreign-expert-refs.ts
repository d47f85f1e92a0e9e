import type { Kysely } from 'kysely';
import { FOREIGN_EXPERT_COUNTRY_DICT } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { expertsByIds } from './expert.repository';
import { isInUsersRegion } from './foreign-expert.policy';
import { platformForLink, TALENT_BASE_KIND } from './talent-base.repository';

// The checks of what an expert or a visit names (county, country, 引智基地, experts, enterprises): each refusal is a
// 400 naming the field, made before anything is written.

const refuse = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** Refuses a 所属县区 that is not a current county code. */
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

/** Refuses a 国籍 outside the country dictionary. */
export async function assertCountry(db: Kysely<DB>, country: string): Promise<void> {
  const item = await db
    .selectFrom('dict_item')
    .select('label')
    .where('type_code', '=', FOREIGN_EXPERT_COUNTRY_DICT)
    .where('value', '=', country)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!item) throw refuse('country', `国籍：“${country}”不是有效选项`);
}

/** A 引智基地: a 创新平台 of kind talent_base in the user's region; any other platform is refused. */
export async function assertTalentBase(db: Kysely<DB>, auth: AuthContext, id: number): Promise<{ name: string }> {
  const p = await platformForLink(db, id);
  if (!p || !isInUsersRegion(auth, p.region_code)) {
    throw refuse('talentBaseId', `引智基地：编号 ${id} 的平台不存在或不在您的管辖范围内`);
  }
  if (p.kind !== TALENT_BASE_KIND) {
    throw refuse('talentBaseId', `引智基地：“${p.name}”是${p.kind_label ?? p.kind}，不是引智基地`);
  }
  return { name: p.name };
}

/** The experts of a visit: every one registered in the user's region. */
export async function assertExperts(db: Kysely<DB>, auth: AuthContext, ids: number[]) {
  const rows = await expertsByIds(db, ids);
  const found = new Map(rows.filter((r) => isInUsersRegion(auth, r.region_code)).map((r) => [r.id, r]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw refuse('expertIds', `来访专家：编号 ${missing.join('、')} 不在您管辖范围的专家库中`);
  return ids.map((id) => found.get(id)!);
}

/** The enterprises a visit served: every one in the register and in the user's region. */
export async function assertEnterprises(db: Kysely<DB>, auth: AuthContext, ids: number[]) {
  const rows = await db.selectFrom('enterprise').select(['id', 'name', 'region_code']).where('id', 'in', ids).execute();
  const found = new Map(rows.filter((r) => isInUsersRegion(auth, r.region_code)).map((r) => [r.id, r]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw refuse('enterpriseIds', `服务企业：编号 ${missing.join('、')} 不是您管辖范围内的名录企业`);
  return ids.map((id) => found.get(id)!);
}
