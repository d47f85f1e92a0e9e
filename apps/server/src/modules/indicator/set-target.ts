import type { Kysely } from 'kysely';
import type { IndicatorTargetInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { definitionByKey, findRegion, type TargetRow } from './indicator.repository';
import { assertCanSetTarget } from './indicator.policy';

/**
 * Sets (or changes, under optimistic locking) a region's target of one indicator for a year. Only a region above
 * may do it; the region and the indicator must exist; the row and its audit are written in one transaction.
 */
export async function setTarget(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: IndicatorTargetInput,
): Promise<TargetRow> {
  assertCanSetTarget(auth, input.regionCode);
  if (!(await findRegion(db, input.regionCode))) {
    throw new AppError('VALIDATION_FAILED', `区划代码 ${input.regionCode} 不存在`);
  }
  const definition = await definitionByKey(db, input.indicatorKey);
  if (!definition) throw new AppError('VALIDATION_FAILED', `指标代码 ${input.indicatorKey} 不存在于任何指标模板`);
  const values = { target: input.target, half_year_target: input.halfYearTarget, set_by_region: auth.regionCode };
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('indicator_target')
      .selectAll()
      .where('region_code', '=', input.regionCode)
      .where('year', '=', input.year)
      .where('indicator_key', '=', input.indicatorKey)
      .executeTakeFirst();
    if (existing) {
      if (input.version === undefined) {
        throw new AppError('VERSION_CONFLICT', `${input.year} 年该指标目标已下达，请刷新后修改（您的修改未保存）`);
      }
      const { before, after } = await updateVersioned<TargetRow>(trx, {
        table: 'indicator_target',
        key: 'id',
        id: existing.id,
        version: input.version,
        set: values,
        what: '指标目标',
        userId: auth.userId,
      });
      await writeAudit(trx, actor, {
        action: 'indicator.target.update',
        objectType: 'indicator_target',
        objectId: existing.id,
        regionCode: input.regionCode,
        before,
        after,
      });
      return after;
    }
    const created = await trx
      .insertInto('indicator_target')
      .values({
        ...values,
        region_code: input.regionCode,
        year: input.year,
        indicator_key: input.indicatorKey,
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'indicator.target.create',
      objectType: 'indicator_target',
      objectId: created.id,
      regionCode: input.regionCode,
      after: created,
    });
    return created;
  });
}
