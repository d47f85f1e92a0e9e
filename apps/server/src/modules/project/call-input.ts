import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TCallInput, ZUpdateCallRequest } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isActiveCategory } from './call.repository';

export type CallPatch = Omit<z.infer<typeof ZUpdateCallRequest>, 'version'>;

/** A call's input as the columns of `project_call` (undefined where the input leaves a field out). */
export function callColumns(input: Partial<TCallInput> | CallPatch) {
  return {
    title: input.title,
    category: input.category,
    level: input.level,
    year: input.year,
    opens_at: input.opensAt,
    closes_at: input.closesAt,
    guide: input.guide,
    form: input.form === undefined ? undefined : JSON.stringify(input.form),
    criteria: input.criteria === undefined ? undefined : JSON.stringify(input.criteria),
    min_experts: input.minExperts,
    outlier_rule: input.outlierRule,
    outlier_sd: input.outlierSd === undefined ? undefined : input.outlierSd,
  };
}

/** Checks the call's category (when given) against the `project_category` dictionary. */
export async function assertCategory(db: Kysely<DB>, category: string | undefined): Promise<void> {
  if (!category || (await isActiveCategory(db, category))) return;
  throw new AppError('VALIDATION_FAILED', `项目类别“${category}”不在字典“项目类别”中`, [
    { field: 'category', message: '请从字典中选择' },
  ]);
}
