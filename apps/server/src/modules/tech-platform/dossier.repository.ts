import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { attachmentsOf } from '../../platform/attachments/attachments.repository';
import { PLATFORM_ATTACHMENTS } from './platform-attachments';

/** The status history of a platform, oldest first. */
export async function historyOf(db: Kysely<DB>, platformId: number) {
  return db
    .selectFrom('tech_platform_history')
    .selectAll()
    .where('platform_id', '=', platformId)
    .orderBy('on_date')
    .orderBy('id')
    .execute();
}

/** The incubatees of a platform with the enterprise's name, in entry order. */
export async function incubateesOf(db: Kysely<DB>, platformId: number) {
  return db
    .selectFrom('tech_platform_incubatee as i')
    .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
    .selectAll('i')
    .select('e.name as enterprise_name')
    .where('i.platform_id', '=', platformId)
    .orderBy('i.entered_on')
    .orderBy('i.id')
    .execute();
}

export async function findIncubatee(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('tech_platform_incubatee as i')
    .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
    .selectAll('i')
    .select('e.name as enterprise_name')
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The 变更 entries of a platform, latest first. */
export async function changesOf(db: Kysely<DB>, platformId: number) {
  return db
    .selectFrom('tech_platform_change')
    .selectAll()
    .where('platform_id', '=', platformId)
    .orderBy('changed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findChange(db: Kysely<DB>, id: number) {
  return db.selectFrom('tech_platform_change').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The attachments of a platform. */
export function filesOf(db: Kysely<DB>, platformId: number) {
  return attachmentsOf(db, PLATFORM_ATTACHMENTS.type, [platformId]);
}

/** What the register holds for a graduation check: certified 高企 years and yearly revenue. */
export async function graduationRegisterFacts(db: Kysely<DB>, enterpriseId: number) {
  const [highTech, yearly] = await Promise.all([
    db
      .selectFrom('qualification')
      .select('year')
      .where('enterprise_id', '=', enterpriseId)
      .where('tier', '=', 'high_tech')
      .where('stage', '=', 'certified')
      .execute(),
    db.selectFrom('enterprise_yearly').select(['year', 'revenue']).where('enterprise_id', '=', enterpriseId).execute(),
  ]);
  return {
    highTechYears: highTech.map((q) => q.year),
    revenueByYear: Object.fromEntries(yearly.map((y) => [y.year, y.revenue])),
  };
}
