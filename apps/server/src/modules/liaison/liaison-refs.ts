import { sql, type Kysely } from 'kysely';
import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';

// The dictionary check is the cooperation module's (one helper for every module that checks a dict value).
export { assertDictValue } from '../cooperation/cooperation-refs';

// The records an assignment, a visit or an issue names (its enterprise, its cadre, its dictionary values):
// each refusal is a 400 naming the field, so nothing is written.

export const refuse = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** The enterprise of the register (its county, name, township), or a 400 naming the field. */
export async function enterpriseRef(db: Kysely<DB>, id: number, field = 'enterpriseId') {
  const e = await db
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code', 'township_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!e) throw refuse(field, `企业 ${id} 不在企业名录中`);
  return e;
}

/** The roles whose users may be a lead cadre (the bureau's own people; never an enterprise user or an administrator). */
export const CADRE_ROLES = ['staff', 'leader'] as const;

/** An active user of the bureau who may be a cadre, or a 400 naming 包联干部. */
export async function cadreRef(db: Kysely<DB>, id: number) {
  const u = await db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', 'u.region_code'])
    .where('u.id', '=', id)
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_role as r')
          .select(sql`1`.as('one'))
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role_code', 'in', CADRE_ROLES),
      ),
    )
    .executeTakeFirst();
  if (!u) throw refuse('cadreId', `用户 ${id} 不是可包联的干部（须为在用的业务人员或局领导）`);
  return u;
}

/** A cadre covers an enterprise of their own region only (docs/rules.md §5.7.1): else 400 naming 包联企业. */
export function assertCadreCovers(
  cadre: { display_name: string; region_code: string },
  e: { name: string; region_code: string },
) {
  if (!inScope(regionScopePrefix(cadre.region_code), e.region_code)) {
    throw refuse('enterpriseId', `包联企业“${e.name}”不在干部 ${cadre.display_name} 的管辖区划内`);
  }
}

/** Labels of dictionary values (for presenters): type → value → label. */
export async function dictLabels(db: Kysely<DB>, types: string[]): Promise<Map<string, Map<string, string>>> {
  const rows = await db
    .selectFrom('dict_item')
    .select(['type_code', 'value', 'label'])
    .where('type_code', 'in', types)
    .execute();
  const out = new Map<string, Map<string, string>>();
  for (const r of rows) {
    if (!out.has(r.type_code)) out.set(r.type_code, new Map());
    out.get(r.type_code)!.set(r.value, r.label);
  }
  return out;
}
