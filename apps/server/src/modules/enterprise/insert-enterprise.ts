import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { TEnterpriseInput, ZEnterpriseInput } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { acceptUniqueCreditCode, enterpriseColumns } from './enterprise-input';
import { recordEnterpriseEvent } from './timeline';

/**
 * The write of a new enterprise (or another 企事业单位) in the caller's transaction: the credit code's rule and
 * uniqueness, the row, the first timeline entry, and the audit row last. Shared by `createEnterprise` (which
 * checks access and references first) and the demo data.
 */
export async function insertEnterprise(
  trx: Transaction<DB>,
  actor: Actor,
  input: TEnterpriseInput | z.input<typeof ZEnterpriseInput>,
): Promise<number> {
  const credit = await acceptUniqueCreditCode(trx, input.creditCode, input.creditCodeOverride);
  const c = enterpriseColumns(input);
  const row = await trx
    .insertInto('enterprise')
    .values({
      ...c,
      name: input.name,
      name_initials: c.name_initials!,
      name_pinyin: c.name_pinyin!,
      region_code: input.regionCode,
      tags: input.tags ?? [],
      ...credit,
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
    detail: credit.credit_code_override ? `信用代码校验例外：${credit.credit_code_override}` : null,
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
