import { sql, type Kysely } from 'kysely';
import { FOREIGN_EXPERT_COUNTRY_DICT } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';

/** The tech-platform kind of a 引智基地 (packages/domain/src/tech-platform/tech-platform.enums.ts). */
export const TALENT_BASE_KIND = 'talent_base';

/** A 创新平台 by id with its kind's label: what a link to a 引智基地 is checked against. */
export async function platformForLink(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('tech_platform as p')
    .select(['p.id', 'p.name', 'p.kind', 'p.region_code'])
    .select(
      sql<
        string | null
      >`(select label from dict_item where type_code = 'tech_platform_kind' and value = p.kind limit 1)`.as(
        'kind_label',
      ),
    )
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** The 引智基地 of a region (by prefix) with their experts and visits, by name. */
export async function talentBasesOf(db: Kysely<DB>, scopePrefix: string) {
  const bases = await db
    .selectFrom('tech_platform as p')
    .select(['p.id', 'p.name', 'p.region_code', 'p.status', 'p.recognized_on'])
    .select(sql<string | null>`(select name from region where code = p.region_code)`.as('region_name'))
    .select(
      sql<string | null>`coalesce((select name from enterprise where id = p.enterprise_id), p.operator_name)`.as(
        'operator_name',
      ),
    )
    .where('p.kind', '=', TALENT_BASE_KIND)
    .where(codeStartsWith('p.region_code', scopePrefix))
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  const ids = bases.map((b) => b.id);
  const experts = ids.length
    ? await db
        .selectFrom('foreign_expert as x')
        .select(['x.id', 'x.name', 'x.talent_base_id'])
        .select(
          sql<
            string | null
          >`(select label from dict_item where type_code = ${FOREIGN_EXPERT_COUNTRY_DICT} and value = x.country limit 1)`.as(
            'country_label',
          ),
        )
        .where('x.talent_base_id', 'in', ids)
        .where(codeStartsWith('x.region_code', scopePrefix))
        .orderBy('x.name')
        .execute()
    : [];
  const visits = ids.length
    ? await db
        .selectFrom('foreign_expert_visit as v')
        .select(['v.id', 'v.start_on', 'v.end_on', 'v.topics', 'v.talent_base_id'])
        .where('v.talent_base_id', 'in', ids)
        .where(codeStartsWith('v.region_code', scopePrefix))
        .orderBy('v.start_on', 'desc')
        .execute()
    : [];
  return bases.map((b) => ({
    ...b,
    experts: experts.filter((x) => x.talent_base_id === b.id),
    visits: visits.filter((v) => v.talent_base_id === b.id),
  }));
}

/** The 引智基地 of a region recognised (认定) on or before a day and standing then: the report's fact. */
export async function talentBasesRecognisedBy(db: Kysely<DB>, scopePrefix: string, day: string) {
  return db
    .selectFrom('tech_platform')
    .select(['id', 'name'])
    .where('kind', '=', TALENT_BASE_KIND)
    .where(codeStartsWith('region_code', scopePrefix))
    .where('recognized_on', '<=', day)
    .where('status', '=', 'recognized')
    .orderBy('id')
    .execute();
}
