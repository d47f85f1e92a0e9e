import type { Kysely, Selectable } from 'kysely';
import type { IndicatorHandValueInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { definitionByKey, findRegion } from './indicator.repository';
import { assertCanEnterValue } from './indicator.policy';

export type HandValueRow = Selectable<DB['indicator_value']>;

/**
 * Enters a hand-entered indicator's value for a region and period with its source (GDP from 统计, 加计扣除 from
 * 税务), or changes it under optimistic locking. Kept in `indicator_value`, the table the R&D module's GDP uses,
 * so one GDP serves both. The indicator must be a `manual` one; its unit is the definition's.
 */
export async function enterHandValue(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: IndicatorHandValueInput,
): Promise<HandValueRow> {
  const regionCode = input.regionCode ?? auth.regionCode;
  assertCanEnterValue(auth, regionCode);
  if (!(await findRegion(db, regionCode))) throw new AppError('VALIDATION_FAILED', `区划代码 ${regionCode} 不存在`);
  const definition = await definitionByKey(db, input.indicatorKey);
  if (!definition) throw new AppError('VALIDATION_FAILED', `指标代码 ${input.indicatorKey} 不存在于任何指标模板`);
  if (definition.source !== 'manual') {
    throw new AppError('VALIDATION_FAILED', `指标“${definition.name}”由业务记录计算，不能手工录入（indicatorKey）`);
  }
  const values = { value: input.value, unit: definition.unit, source: input.source, remark: input.remark ?? null };
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('indicator_value')
      .selectAll()
      .where('region_code', '=', regionCode)
      .where('code', '=', input.indicatorKey)
      .where('period', '=', input.period)
      .executeTakeFirst();
    if (existing) {
      if (input.version === undefined) {
        throw new AppError('VERSION_CONFLICT', `${input.period} 的该指标已录入，请刷新后修改（您的修改未保存）`);
      }
      const { before, after } = await updateVersioned<HandValueRow>(trx, {
        table: 'indicator_value',
        key: 'id',
        id: existing.id,
        version: input.version,
        set: values,
        what: '指标值',
        userId: auth.userId,
      });
      await writeAudit(trx, actor, {
        action: 'indicator.value.update',
        objectType: 'indicator_value',
        objectId: existing.id,
        regionCode,
        before,
        after,
      });
      return after;
    }
    const created = await trx
      .insertInto('indicator_value')
      .values({
        ...values,
        region_code: regionCode,
        code: input.indicatorKey,
        period: input.period,
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'indicator.value.create',
      objectType: 'indicator_value',
      objectId: created.id,
      regionCode,
      after: created,
    });
    return created;
  });
}
