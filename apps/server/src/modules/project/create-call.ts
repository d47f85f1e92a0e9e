import type { Kysely } from 'kysely';
import type { TCallInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCategory, callColumns } from './call-input';
import { assertStaffRegion } from './project.policy';

/** Staff create a call (批次) as a draft in their county; returns its id. */
export async function createCall(db: Kysely<DB>, { auth, actor }: UseCaseContext, input: TCallInput): Promise<number> {
  const regionCode = auth.regionCode.slice(0, 6);
  assertStaffRegion(auth, regionCode);
  return db.transaction().execute(async (trx) => {
    await assertCategory(trx, input.category);
    if (input.outlierRule === 'drop-beyond-n-sd' && !input.outlierSd) {
      throw new AppError('VALIDATION_FAILED', '按标准差剔除时须填写 N', [{ field: 'outlierSd', message: '请填写 N' }]);
    }
    const c = callColumns(input);
    const row = await trx
      .insertInto('project_call')
      .values({
        ...c,
        region_code: regionCode,
        title: input.title,
        category: input.category,
        level: input.level,
        year: input.year,
        opens_at: input.opensAt,
        closes_at: input.closesAt,
        form: c.form!,
        criteria: c.criteria!,
        outlier_sd: input.outlierSd ?? null,
        ranking_confirmed_at: null,
        ranking_confirmed_by: null,
        ranking_snapshot: null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'project.call.create',
      objectType: 'project_call',
      objectId: row.id,
      regionCode,
      after: row,
    });
    return row.id;
  });
}
