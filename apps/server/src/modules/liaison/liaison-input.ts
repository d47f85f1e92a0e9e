import type { Kysely } from 'kysely';
import type { TLiaisonRecordInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isCounty } from './liaison.repository';

/** The columns of the fields given (a field left out stays as it is; null clears it). */
export function liaisonColumns(input: Partial<TLiaisonRecordInput>) {
  return {
    name: input.name,
    region_code: input.regionCode,
    recorded_on: input.recordedOn,
    amount: input.amount,
    remark: input.remark,
  };
}

/** Refuses a 所属县区 that is not a current county code, naming the field (400). */
export async function assertCounty(db: Kysely<DB>, regionCode: string): Promise<void> {
  if (await isCounty(db, regionCode)) return;
  const message = `所属县区：${regionCode} 不是现行的县级区划代码`;
  throw new AppError('VALIDATION_FAILED', message, [{ field: 'regionCode', message }]);
}
