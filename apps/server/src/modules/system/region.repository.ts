import { containing, startingWith } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZRegionQuery } from '@kechuang/domain';
import type { DB, RegionTable } from '../../platform/db/schema';

export type RegionRow = Selectable<RegionTable>;

const hasChildren = sql<boolean>`exists (select 1 from region c where c.parent_code = region.code)`;

/** A level of the region tree (the provinces, or a region's children) or a search by name or code (50 at most). */
export async function listRegions(db: Kysely<DB>, f: z.infer<typeof ZRegionQuery>) {
  let q = db.selectFrom('region').selectAll().select(hasChildren.as('has_children'));
  if (f.keyword) {
    const keyword = f.keyword;
    q = q
      .where((eb) => eb.or([eb('name', 'like', containing(keyword)), eb('code', 'like', startingWith(keyword))]))
      .limit(50);
  } else q = f.parent ? q.where('parent_code', '=', f.parent) : q.where('level', '=', 'province');
  if (!f.includeExpired) {
    q = q.where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', sql<string>`current_date`)]));
  }
  return q.orderBy('code').execute();
}

/** One region. */
export async function findRegion(db: Kysely<DB>, code: string): Promise<RegionRow | undefined> {
  return db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Whether a region has regions below it. */
export async function regionHasChildren(db: Kysely<DB>, code: string): Promise<boolean> {
  const kids = await db.selectFrom('region').select('code').where('parent_code', '=', code).limit(1).execute();
  return kids.length > 0;
}

/** A level of the industry tree (the sections, or an industry's children) or a search (50 at most). */
export async function listIndustries(db: Kysely<DB>, f: { parent?: string; keyword?: string }) {
  let q = db.selectFrom('industry').selectAll();
  if (f.keyword) {
    const keyword = f.keyword;
    q = q
      .where((eb) => eb.or([eb('name', 'like', containing(keyword)), eb('code', 'like', startingWith(keyword))]))
      .limit(50);
  } else q = f.parent ? q.where('parent_code', '=', f.parent) : q.where('level', '=', 1);
  return q.orderBy('code').execute();
}
