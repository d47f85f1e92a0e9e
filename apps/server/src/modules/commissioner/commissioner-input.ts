import type { Kysely } from 'kysely';
import {
  COMMISSIONER_FIELD_DICT,
  COMMISSIONER_UNIT_KIND_DICT,
  normaliseIdNumber,
  birthDateOfIdNumber,
  type TCommissionerInput,
} from '@kechuang/domain';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { findDuplicate, isCounty } from './commissioner.repository';
import { defaultTermEnd, levelRule } from './level-rules';

const refuse = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** The columns of the fields given (a field left out stays as it is; null clears it); the ID number sealed. */
export function commissionerColumns(input: Partial<TCommissionerInput>) {
  const id = input.idNumber ? normaliseIdNumber(input.idNumber) : undefined;
  return {
    name: input.name,
    gender: input.gender,
    birth_date: input.birthDate,
    id_number_sealed: id ? personalData().seal(id) : undefined,
    id_number_digest: id ? personalData().digest(id) : undefined,
    phone: input.phone,
    education: input.education,
    title: input.title,
    title_level: input.titleLevel,
    speciality: input.speciality,
    field: input.field,
    unit_name: input.unitName,
    unit_kind: input.unitKind,
    unit_enterprise_id: input.unitEnterpriseId,
    level: input.level,
    batch: input.batch,
    term_start: input.termStart,
    term_end: input.termEnd ?? undefined,
    team_name: input.teamName,
    user_id: input.userId,
    region_code: input.regionCode,
    remark: input.remark,
  };
}

/**
 * The checks a commissioner's fields need beyond their schema, on the record as it will be (`full`) and only for
 * the fields changed (`changed`): county, dictionary values, the sending enterprise, the linked login (role
 * commissioner), birth date against the ID number, the term and the duplicate within level and batch. Answers the
 * term's end (given, or the start plus the level's term_years).
 */
export async function checkCommissioner(
  db: Kysely<DB>,
  full: TCommissionerInput & { termEnd?: string | null },
  changed: Partial<TCommissionerInput>,
  idNumberGiven: string | null,
  exceptId?: number,
): Promise<{ termEnd: string }> {
  if (changed.regionCode !== undefined && !(await isCounty(db, full.regionCode))) {
    throw refuse('regionCode', `所属县区：${full.regionCode} 不是现行的县级区划代码`);
  }
  if (changed.unitKind !== undefined) {
    await assertDict(db, COMMISSIONER_UNIT_KIND_DICT, full.unitKind, 'unitKind', '派出单位类型');
  }
  if (changed.field) await assertDict(db, COMMISSIONER_FIELD_DICT, changed.field, 'field', '服务领域');
  if (changed.unitEnterpriseId) {
    const e = await db
      .selectFrom('enterprise')
      .select('id')
      .where('id', '=', changed.unitEnterpriseId)
      .executeTakeFirst();
    if (!e) throw refuse('unitEnterpriseId', '派出单位：企业名录中没有该企业');
  }
  if (changed.userId) {
    const role = await db
      .selectFrom('user_role')
      .select('user_id')
      .where('user_id', '=', changed.userId)
      .where('role_code', '=', 'commissioner')
      .executeTakeFirst();
    if (!role) throw refuse('userId', '关联账号须为“科技特派员”角色的用户');
  }
  if (idNumberGiven && birthDateOfIdNumber(idNumberGiven) !== full.birthDate) {
    throw refuse('birthDate', `出生日期与身份证号中的出生日期 ${birthDateOfIdNumber(idNumberGiven)} 不一致`);
  }
  const rule = await levelRule(db, full.level);
  const termEnd = full.termEnd ?? defaultTermEnd(full.termStart, rule.term_years);
  if (termEnd < full.termStart) throw refuse('termEnd', '任期结束日期不能早于任期开始日期');
  if (idNumberGiven || changed.level !== undefined || changed.batch !== undefined) {
    const digest = idNumberGiven
      ? personalData().digest(normaliseIdNumber(idNumberGiven))
      : (
          await db
            .selectFrom('commissioner')
            .select('id_number_digest')
            .where('id', '=', exceptId!)
            .executeTakeFirstOrThrow()
        ).id_number_digest;
    const dup = await findDuplicate(db, digest, full.level, full.batch, exceptId);
    if (dup) throw refuse('idNumber', `身份证号与本级别、本批次已登记的科技特派员“${dup.name}”重复`);
  }
  return { termEnd };
}

async function assertDict(db: Kysely<DB>, type: string, value: string, field: string, label: string) {
  const item = await db
    .selectFrom('dict_item')
    .select('label')
    .where('type_code', '=', type)
    .where('value', '=', value)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!item) throw refuse(field, `${label}：“${value}”不是有效选项`);
}
