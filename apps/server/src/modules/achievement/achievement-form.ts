import type { Kysely } from 'kysely';
import type { TAchievementInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanCreateFor, assertStaffRegion, isAchievementStaff } from './achievement.policy';
import { findEnterpriseUnit, isCounty } from './achievement.repository';

/** The form's fields as columns (lists as JSON text). */
export function achievementColumns(input: TAchievementInput) {
  return {
    name: input.name,
    category: input.category,
    other_units: JSON.stringify(input.otherUnits),
    completers: JSON.stringify(
      [...input.completers]
        .sort((a, b) => a.order - b.order)
        .map((c) => ({ order: c.order, name: c.name, unit: c.unit ?? null, title: c.title ?? null })),
    ),
    research_start: input.researchStart,
    research_end: input.researchEnd,
    attribute: input.attribute,
    keywords: JSON.stringify(input.keywords),
    level: input.level,
    stage: input.stage,
    evaluation: input.evaluation,
    intellectual_property: input.intellectualProperty || null,
    abstract: input.abstract,
  };
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/**
 * The first completing unit and county of a registration: an enterprise of the register (its county), or — staff
 * only — an institution by name in a county of the user's region. Refusals name the field (400) or the scope (403).
 */
export async function resolveFirstUnit(
  db: Kysely<DB>,
  auth: AuthContext,
  input: Pick<TAchievementInput, 'enterpriseId' | 'firstUnitName' | 'regionCode'>,
): Promise<{ enterprise_id: number | null; first_unit_name: string; region_code: string }> {
  assertCanCreateFor(auth, input.enterpriseId);
  if (input.enterpriseId) {
    const e = await findEnterpriseUnit(db, input.enterpriseId);
    if (!e) throw invalid('enterpriseId', `第一完成单位：企业名录中没有编号为 ${input.enterpriseId} 的企业`);
    if (isAchievementStaff(auth)) assertStaffRegion(auth, e.region_code);
    return { enterprise_id: e.id, first_unit_name: e.name, region_code: e.region_code };
  }
  // An institution (高校、院所) outside the register, by name: staff enter it for their county.
  const name = input.firstUnitName?.trim();
  if (!name || name.length < 2) throw invalid('firstUnitName', '第一完成单位名称至少 2 个字');
  const regionCode = input.regionCode ?? auth.regionCode;
  assertStaffRegion(auth, regionCode);
  if (!(await isCounty(db, regionCode))) {
    throw invalid('regionCode', `所属县区：${regionCode} 不是现行的县级区划代码，请填写所属县区`);
  }
  return { enterprise_id: null, first_unit_name: name, region_code: regionCode };
}
