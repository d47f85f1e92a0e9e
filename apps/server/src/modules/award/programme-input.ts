import type { Kysely } from 'kysely';
import type { TAwardProgrammeInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { assertCounty, assertDictValue } from './award-region';

/** The columns of the fields given (a field left out stays as it is; null clears it). */
export function programmeColumns(input: Partial<TAwardProgrammeInput>) {
  return {
    name: input.name,
    organiser: input.organiser,
    level: input.level,
    year: input.year,
    categories: input.categories,
    region_code: input.regionCode,
    remark: input.remark,
  };
}

/** The county and the dictionary codes of the fields given (400 naming the field). */
export async function checkProgrammeInput(db: Kysely<DB>, input: Partial<TAwardProgrammeInput>): Promise<void> {
  if (input.regionCode) await assertCounty(db, input.regionCode);
  for (const c of input.categories ?? []) await assertDictValue(db, 'award_category', c, 'categories', '奖项类别');
}
