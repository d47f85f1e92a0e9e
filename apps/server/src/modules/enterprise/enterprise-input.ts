import type { Kysely } from 'kysely';
import type { TEnterpriseInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { acceptCreditCode } from './credit-code.policy';
import { findCreditCodeHolder } from './enterprise.repository';
import { namePinyin } from './name-pinyin';

const fieldError = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** An input whose codes were checked, and what the check learnt: the county a given township lies in. */
export interface CheckedInput<T> {
  /** The input with its industry code normalised (C2730 → 2730); the caller's object is not changed. */
  input: T;
  /** Undefined when no township was given. */
  townshipCounty?: string | null;
}

/**
 * Checks that the region, township and industry codes given exist and fit together; codes not given are not
 * read. An edit that gives a township without a county checks it against the stored county afterwards
 * (assertTownshipInCounty), from what this returns.
 */
export async function checkEnterpriseReferences<T extends Partial<TEnterpriseInput>>(
  db: Kysely<DB>,
  input: T,
): Promise<CheckedInput<T>> {
  let townshipCounty: string | null | undefined;
  if (input.regionCode) {
    const r = await db.selectFrom('region').select(['level']).where('code', '=', input.regionCode).executeTakeFirst();
    if (!r || r.level !== 'county') {
      throw fieldError('regionCode', `所属县区代码 ${input.regionCode} 不是有效的县级区划`);
    }
  }
  if (input.townshipCode) {
    const t = await db
      .selectFrom('region')
      .select(['parent_code'])
      .where('code', '=', input.townshipCode)
      .executeTakeFirst();
    if (!t) throw fieldError('townshipCode', `乡镇代码 ${input.townshipCode} 不存在`);
    townshipCounty = t.parent_code;
    if (input.regionCode) assertTownshipInCounty(townshipCounty, input.regionCode);
  }
  if (!input.industryCode) return { input, townshipCounty };
  const industryCode = input.industryCode.replace(/^[A-T](?=\d)/, '');
  const i = await db.selectFrom('industry').select('code').where('code', '=', industryCode).executeTakeFirst();
  if (!i) throw fieldError('industryCode', `行业代码 ${input.industryCode} 不在 GB/T 4754-2017 中`);
  return { input: { ...input, industryCode }, townshipCounty };
}

/** Refuses a township (if one was given: its county is not undefined) that does not lie in `county`. */
export function assertTownshipInCounty(townshipCounty: string | null | undefined, county: string): void {
  if (townshipCounty !== undefined && townshipCounty !== county) {
    throw fieldError('townshipCode', '所选乡镇不属于所属县区');
  }
}

/** The register's rule for a credit code (credit-code.policy.ts), and no other enterprise than `exceptId` holds it. */
export async function acceptUniqueCreditCode(
  db: Kysely<DB>,
  creditCode: string,
  overrideReason: string | null | undefined,
  exceptId?: number,
): Promise<{ credit_code: string; credit_code_override: string | null }> {
  const credit = acceptCreditCode(creditCode, overrideReason);
  const taken = await findCreditCodeHolder(db, credit.code, exceptId);
  if (taken) {
    throw new AppError('CONFLICT', `统一社会信用代码 ${credit.code} 已登记为“${taken.name}”`, [
      { field: 'creditCode', message: '该代码已登记' },
    ]);
  }
  return { credit_code: credit.code, credit_code_override: credit.override };
}

/** The columns an input sets (a field not given is undefined: not set); the name's pinyin for search. */
export function enterpriseColumns(input: Partial<TEnterpriseInput>) {
  const names = input.name ? namePinyin(input.name) : null;
  return {
    name: input.name,
    unit_kind: input.unitKind,
    name_initials: names?.initials,
    name_pinyin: names?.full,
    region_code: input.regionCode,
    township_code: input.townshipCode,
    industry_code: input.industryCode,
    hightech_domain: input.hightechDomain,
    founded_on: input.foundedOn,
    address: input.address,
    legal_representative: input.legalRepresentative,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    business_scope: input.businessScope,
    tags: input.tags,
  };
}
