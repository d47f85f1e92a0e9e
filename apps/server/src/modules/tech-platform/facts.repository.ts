import { sql, type Kysely } from 'kysely';
import { TECH_PLATFORM_KIND_DICT, TECH_PLATFORM_LEVEL_DICT } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';

export interface PlatformForFacts {
  id: number;
  name: string;
  kind: string;
  level: string;
  kind_label: string | null;
  level_label: string | null;
  established_on: string | null;
  recognized_on: string | null;
  /** Its status moves, in date order (the first is the status it was registered in). */
  history: { to_state: string; on_date: string }[];
}

/** Every platform of a region (by prefix) with its labels and status history, in id order: the report's facts. */
export async function platformsWithHistory(db: Kysely<DB>, scopePrefix: string): Promise<PlatformForFacts[]> {
  const label = <A extends string>(type: string, column: 'p.kind' | 'p.level', as: A) =>
    sql<
      string | null
    >`(select d.label from dict_item d where d.type_code = ${type} and d.value = ${sql.ref(column)})`.as(as);
  const [platforms, history] = await Promise.all([
    db
      .selectFrom('tech_platform as p')
      .select(['p.id', 'p.name', 'p.kind', 'p.level', 'p.established_on', 'p.recognized_on'])
      .select([
        label(TECH_PLATFORM_KIND_DICT, 'p.kind', 'kind_label'),
        label(TECH_PLATFORM_LEVEL_DICT, 'p.level', 'level_label'),
      ])
      .where(codeStartsWith('p.region_code', scopePrefix))
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('tech_platform_history')
      .select(['platform_id', 'to_state', 'on_date'])
      .where(codeStartsWith('region_code', scopePrefix))
      .orderBy('platform_id')
      .orderBy('on_date')
      .orderBy('id')
      .execute(),
  ]);
  const byPlatform = new Map<number, { to_state: string; on_date: string }[]>();
  for (const h of history) byPlatform.set(h.platform_id, [...(byPlatform.get(h.platform_id) ?? []), h]);
  return platforms.map((p) => ({ ...p, history: byPlatform.get(p.id) ?? [] }));
}
