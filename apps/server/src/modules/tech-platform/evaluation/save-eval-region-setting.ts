import type { Kysely } from 'kysely';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { versionConflict } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertEvalStaff } from './evaluation.policy';
import { findRegionSetting } from './evaluation.repository';

/**
 * Staff of a county switch its 艰苦边远地区 status (docs/rules.md §5.4 [S54]: relaxable requirements lowered by the
 * scheme's percentage) for rounds opened from now on. `version` is the one read (0 when never set); a stale one is a 409.
 */
export async function saveEvalRegionSetting(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  o: { regionCode: string; hardshipArea: boolean; version: number },
) {
  assertEvalStaff(auth, o.regionCode);
  return db.transaction().execute(async (trx) => {
    const before = await findRegionSetting(trx, o.regionCode);
    if ((before?.version ?? 0) !== o.version) throw versionConflict('艰苦边远地区设置');
    const after = await trx
      .insertInto('tech_platform_eval_region')
      .values({ region_code: o.regionCode, hardship_area: o.hardshipArea, created_by: actor.id, updated_by: actor.id })
      .onConflict((oc) =>
        oc.column('region_code').doUpdateSet((eb) => ({
          hardship_area: o.hardshipArea,
          version: eb('tech_platform_eval_region.version', '+', 1),
          updated_at: new Date(),
          updated_by: actor.id,
        })),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'tech-platform.evaluation.region',
      objectType: 'tech_platform_eval_region',
      objectId: o.regionCode,
      regionCode: o.regionCode,
      before,
      after,
    });
    return after;
  });
}
