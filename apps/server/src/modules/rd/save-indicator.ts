import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZIndicatorInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findIndicator, type IndicatorRow } from './rd-settings.repository';

/**
 * Enters a period's indicator value (GDP in 元, with its source) for the user's region or one inside it; a value
 * already entered is changed in place under optimistic locking (the version is then required).
 */
export async function saveIndicator(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.output<typeof ZIndicatorInput>,
): Promise<IndicatorRow> {
  const regionCode = input.regionCode ?? auth.regionCode;
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `区划 ${regionCode} 不在您的管辖范围内`);
  }
  return db.transaction().execute(async (trx) => {
    const existing = await findIndicator(trx, { regionCode, code: input.code, period: input.period });
    const values = { value: input.value, unit: input.unit, source: input.source, remark: input.remark ?? null };
    if (existing) {
      if (input.version === undefined) {
        throw new AppError('VERSION_CONFLICT', `${input.period} 的该指标已录入，请刷新后修改（您的修改未保存）`);
      }
      const { before, after } = await updateVersioned<IndicatorRow>(trx, {
        table: 'indicator_value',
        key: 'id',
        id: existing.id,
        version: input.version,
        set: values,
        what: '指标值',
        userId: auth.userId,
      });
      await writeAudit(trx, actor, {
        action: 'indicator.update',
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
        code: input.code,
        period: input.period,
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'indicator.create',
      objectType: 'indicator_value',
      objectId: created.id,
      regionCode,
      after: created,
    });
    return created;
  });
}
