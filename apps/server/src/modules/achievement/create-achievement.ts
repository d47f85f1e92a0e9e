import type { Kysely } from 'kysely';
import type { TAchievementInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { achievementColumns, resolveFirstUnit } from './achievement-form';
import { isAchievementStaff } from './achievement.policy';
import { findAchievement, type AchievementRow } from './achievement.repository';

/**
 * Starts a 科技成果登记 as a draft (docs/rules.md §5.3): an enterprise user for its own enterprise, staff for a unit
 * of their region. In one transaction the row, its first history row and the audit row (last).
 */
export async function createAchievement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TAchievementInput,
): Promise<AchievementRow> {
  const unit = await resolveFirstUnit(db, auth, input);
  const onBehalf = isAchievementStaff(auth) && unit.enterprise_id !== null;
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('achievement')
      .values({ ...achievementColumns(input), ...unit, created_by: actor.id, updated_by: actor.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('achievement_transition')
      .values({
        region_code: row.region_code,
        achievement_id: row.id,
        from_state: null,
        to_state: 'draft',
        actor_id: actor.id,
        actor_name: auth.displayName,
        on_behalf: onBehalf,
        comment: null,
      })
      .execute();
    await writeAudit(trx, actor, {
      action: 'achievement.create',
      objectType: 'achievement',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
      details: { onBehalf },
    });
    return row.id;
  });
  return (await findAchievement(db, id))!;
}
