import type { Kysely, Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import type { TEnterpriseInput, ZEnterpriseInput } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import { acceptCreditCode } from './credit-code.policy';
import type { EnterpriseTable } from './enterprise.tables';
import { namePinyin } from './name-pinyin';
import { enterpriseDisplayColumns, type EnterpriseRow } from './enterprise.repository';
import { enterpriseEventInsert, recordEnterpriseEvent } from './timeline';

const fieldError = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** What the reference check learnt that a later check needs: the county a given township lies in. */
export interface CheckedReferences {
  /** Undefined when no township was given. */
  townshipCounty?: string | null;
}

/**
 * Checks that the region, township and industry codes given exist and fit together; codes not given are not
 * re-checked. An edit that gives a township without a county checks it against the stored county afterwards
 * (assertTownshipInCounty), from what this returns.
 */
export async function assertEnterpriseReferences(
  db: Kysely<DB>,
  input: Partial<TEnterpriseInput>,
): Promise<CheckedReferences> {
  const checked: CheckedReferences = {};
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
    checked.townshipCounty = t.parent_code;
    if (input.regionCode) assertTownshipInCounty(checked, input.regionCode);
  }
  if (input.industryCode) {
    const code = input.industryCode.replace(/^[A-T](?=\d)/, '');
    const i = await db.selectFrom('industry').select('code').where('code', '=', code).executeTakeFirst();
    if (!i) throw fieldError('industryCode', `行业代码 ${input.industryCode} 不在 GB/T 4754-2017 中`);
    input.industryCode = code;
  }
  return checked;
}

/** Refuses a township (if one was given) that does not lie in `county`. */
export function assertTownshipInCounty(checked: CheckedReferences, county: string): void {
  if (checked.townshipCounty !== undefined && checked.townshipCounty !== county) {
    throw fieldError('townshipCode', '所选乡镇不属于所属县区');
  }
}

function columns(input: Partial<TEnterpriseInput>) {
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
    tags: input.tags,
  };
}

/** Adds an enterprise (or another 企事业单位) to the register, with its audit row and the first timeline entry. */
export async function createEnterprise(
  trx: Transaction<DB>,
  actor: Actor,
  input: TEnterpriseInput | z.input<typeof ZEnterpriseInput>,
): Promise<number> {
  const credit = acceptCreditCode(input.creditCode, input.creditCodeOverride);
  const taken = await trx
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('credit_code', '=', credit.code)
    .executeTakeFirst();
  if (taken) {
    throw new AppError('CONFLICT', `统一社会信用代码 ${credit.code} 已登记为“${taken.name}”`, [
      { field: 'creditCode', message: '该代码已登记' },
    ]);
  }
  const c = columns(input);
  const row = await trx
    .insertInto('enterprise')
    .values({
      ...c,
      name: input.name,
      name_initials: c.name_initials!,
      name_pinyin: c.name_pinyin!,
      region_code: input.regionCode,
      tags: input.tags ?? [],
      credit_code: credit.code,
      credit_code_override: credit.override,
      township_code: input.townshipCode ?? null,
      industry_code: input.industryCode ?? null,
      hightech_domain: input.hightechDomain ?? null,
      founded_on: input.foundedOn ?? null,
      address: input.address ?? null,
      legal_representative: input.legalRepresentative ?? null,
      contact_name: input.contactName ?? null,
      contact_phone: input.contactPhone ?? null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: row.id,
    regionCode: row.region_code,
    module: 'enterprise',
    kind: 'created',
    title: '纳入企业名录',
    detail: credit.override ? `信用代码校验例外：${credit.override}` : null,
  });
  await writeAudit(trx, actor, {
    action: 'enterprise.create',
    objectType: 'enterprise',
    objectId: row.id,
    regionCode: row.region_code,
    after: row,
  });
  return row.id;
}

/**
 * Changes an enterprise under optimistic locking; the timeline lists the fields that changed. `authorize` sees the
 * row as it was before the change and throws to refuse it (the transaction then rolls the change back), so the
 * access check needs no read of its own. Returns the row after, with its names and tiers: three statements in
 * the transaction, the update (which also locks the region's audit chain), then the audit append with the
 * timeline row (F9).
 */
export async function updateEnterprise(
  trx: Transaction<DB>,
  actor: Actor,
  change: { id: number; version: number; patch: Partial<TEnterpriseInput> },
  authorize: (before: Selectable<EnterpriseTable>) => Promise<void> | void,
): Promise<EnterpriseRow> {
  const { id, version, patch } = change;
  const set: Record<string, unknown> = columns(patch);
  if (patch.creditCode !== undefined) {
    const credit = acceptCreditCode(patch.creditCode, patch.creditCodeOverride);
    const taken = await trx
      .selectFrom('enterprise')
      .select(['id', 'name'])
      .where('credit_code', '=', credit.code)
      .where('id', '!=', id)
      .executeTakeFirst();
    if (taken) {
      throw new AppError('CONFLICT', `统一社会信用代码 ${credit.code} 已登记为“${taken.name}”`, [
        { field: 'creditCode', message: '该代码已登记' },
      ]);
    }
    set.credit_code = credit.code;
    set.credit_code_override = credit.override;
  }
  const { before, after, extra, auditHead } = await updateVersioned<Selectable<EnterpriseTable>>(trx, {
    table: 'enterprise',
    key: 'id',
    id,
    version,
    set,
    what: '企业信息',
    userId: actor.id,
    auditChain: 'region_code',
    select: { as: 'e', columns: enterpriseDisplayColumns('e') },
  });
  await authorize(before);
  const changed = Object.keys(set).filter(
    (k) =>
      set[k] !== undefined &&
      JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after]) &&
      !k.startsWith('name_'),
  );
  const event = changed.length
    ? [
        enterpriseEventInsert(trx, actor, {
          enterpriseId: id,
          regionCode: after.region_code,
          module: 'enterprise',
          kind: 'updated',
          title: '修改企业信息',
          detail: `变更字段：${changed.join('、')}`,
        }),
      ]
    : [];
  // Last: the region's audit chain stays locked from the update to COMMIT.
  await writeAudit(
    trx,
    actor,
    {
      action: 'enterprise.update',
      objectType: 'enterprise',
      objectId: id,
      regionCode: after.region_code,
      before,
      after,
    },
    { head: auditHead!, alongside: event },
  );
  return { ...after, ...extra } as EnterpriseRow;
}
