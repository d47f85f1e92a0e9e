import type { Kysely, Selectable } from 'kysely';
import {
  ACHIEVEMENT_EDITABLE_STATES,
  ACHIEVEMENT_STATE_LABELS,
  type AchievementState,
  type TAchievementInput,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { achievementColumns, resolveFirstUnit } from './achievement-form';
import { applicantActor } from './achievement.policy';
import { regionNameOf, type AchievementRow } from './achievement.repository';
import type { AchievementTable } from './achievement.tables';
import { readAchievement } from './read-achievement';

/** Refuses changing a registration that is no longer a draft or returned (409 naming its state). */
export function assertEditable(status: string): void {
  if (ACHIEVEMENT_EDITABLE_STATES.includes(status as AchievementState)) return;
  const label = ACHIEVEMENT_STATE_LABELS[status as AchievementState] ?? status;
  throw new AppError('CONFLICT', `成果登记处于“${label}”状态，只有草稿或退回修改的登记可以修改`);
}

/**
 * The applicant (or staff on its behalf) corrects the form of a draft or returned registration, under optimistic
 * locking: a stale version is 409 and writes nothing; the audit row with before and after is the last write.
 */
export async function updateAchievement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: { id: number; version: number; input: TAchievementInput },
): Promise<AchievementRow> {
  const current = await readAchievement(db, auth, change.id);
  const { onBehalf } = applicantActor(auth, current);
  assertEditable(current.status);
  const unit = await resolveFirstUnit(db, auth, change.input);
  return db.transaction().execute(async (trx) => {
    const { before, after, extra, auditHead } = await updateVersioned<Selectable<AchievementTable>>(trx, {
      table: 'achievement',
      key: 'id',
      id: change.id,
      version: change.version,
      set: { ...achievementColumns(change.input), ...unit },
      what: '科技成果登记',
      userId: actor.id,
      auditChain: 'region_code',
      select: { as: 'a', columns: [regionNameOf('a')] },
    });
    assertEditable(before.status);
    await writeAudit(
      trx,
      actor,
      {
        action: 'achievement.update',
        objectType: 'achievement',
        objectId: change.id,
        regionCode: after.region_code,
        before,
        after,
        details: { onBehalf },
      },
      { head: auditHead! },
    );
    return { ...after, ...extra } as AchievementRow;
  });
}
