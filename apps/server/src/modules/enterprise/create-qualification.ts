import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { STAGE_LABELS, TIER_LABELS, type ZCreateQualificationRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanWrite } from './enterprise.policy';
import { findEnterpriseName } from './enterprise.repository';
import { refreshQualificationTiers } from './qualification-tiers';
import { findOpenQualification, type QualificationRow } from './qualification.repository';
import { recordEnterpriseEvent } from './timeline';

/**
 * Opens a qualification record (纳入培育 or 登记申报) for an enterprise in the user's region; one record per tier
 * and year may be under way. In one transaction: the record, the enterprise's tiers for the list's filter, the
 * timeline entry, and the audit row last.
 */
export async function createQualification(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.infer<typeof ZCreateQualificationRequest>,
): Promise<QualificationRow> {
  return db.transaction().execute(async (trx) => {
    const ent = await findEnterpriseName(trx, input.enterpriseId);
    if (!ent) throw notFound('企业');
    assertCanWrite(auth, ent.region_code);
    if (await findOpenQualification(trx, { enterpriseId: ent.id, tier: input.tier, year: input.year })) {
      throw new AppError('CONFLICT', `${ent.name} ${input.year} 年已有进行中的${TIER_LABELS[input.tier]}记录`);
    }
    const row = await trx
      .insertInto('qualification')
      .values({
        enterprise_id: ent.id,
        region_code: ent.region_code,
        tier: input.tier,
        year: input.year,
        batch: input.batch ?? null,
        stage: input.stage,
        remark: input.remark ?? null,
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshQualificationTiers(trx, ent.id);
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: ent.id,
      regionCode: ent.region_code,
      module: 'qualification',
      kind: 'created',
      title: `${TIER_LABELS[input.tier]}（${input.year}）：${STAGE_LABELS[input.stage]}`,
      ref: { type: 'qualification', id: row.id },
    });
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'qualification.create',
      objectType: 'qualification',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return { ...row, enterprise_name: ent.name };
  });
}
