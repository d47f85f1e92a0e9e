import { sql, type Kysely } from 'kysely';
import { FOREIGN_EXPERT_COUNTRY_DICT } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';

/** The visits of a region (by prefix) that began in [from, to], with their experts and served enterprises. */
export async function visitsInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  const visits = await db
    .selectFrom('foreign_expert_visit')
    .select(['id', 'start_on', 'end_on', 'topics'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('start_on', '>=', from)
    .where('start_on', '<=', to)
    .orderBy('id')
    .execute();
  const ids = visits.map((v) => v.id);
  if (ids.length === 0) return { visits, experts: [], enterprises: [] };
  const experts = await db
    .selectFrom('foreign_expert as x')
    .select(['x.id', 'x.name', 'x.country'])
    .select(
      sql<
        string | null
      >`(select label from dict_item where type_code = ${FOREIGN_EXPERT_COUNTRY_DICT} and value = x.country limit 1)`.as(
        'country_label',
      ),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('foreign_expert_visit_expert as ve')
          .select('ve.visit_id')
          .whereRef('ve.expert_id', '=', 'x.id')
          .where('ve.visit_id', 'in', ids),
      ),
    )
    .orderBy('x.id')
    .execute();
  const enterprises = await db
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('foreign_expert_visit_enterprise as vn')
          .select('vn.visit_id')
          .whereRef('vn.enterprise_id', '=', 'e.id')
          .where('vn.visit_id', 'in', ids),
      ),
    )
    .orderBy('e.id')
    .execute();
  return { visits, experts, enterprises };
}
