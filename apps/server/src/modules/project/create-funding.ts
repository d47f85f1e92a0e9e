import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { FUNDING_KIND_LABELS, type FundingKind, type ZFundingInput, formatWanText } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { FUNDABLE_STATES } from './application-rules';
import { findApplication } from './application.repository';
import { assertStaffKeeps } from './project.policy';

/** Staff of the project's region add a ledger record to an approved project, audited and on the applicant's timeline. */
export async function createFunding(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.infer<typeof ZFundingInput>,
): Promise<number> {
  const project = await findApplication(db, input.applicationId);
  assertStaffKeeps(auth, project, '项目');
  if (!FUNDABLE_STATES.includes(project.state)) {
    throw new AppError('CONFLICT', `“${project.title}”尚未立项，不能登记资金`);
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('funding_record')
      .values({
        region_code: project.region_code,
        application_id: project.id,
        kind: input.kind,
        source_level: input.kind === 'matching' ? null : (input.sourceLevel ?? null),
        amount: input.amount,
        occurred_on: input.occurredOn,
        voucher_no: input.voucherNo ?? null,
        document_no: input.documentNo ?? null,
        remark: input.remark ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: project.enterprise_id,
      regionCode: project.region_code,
      module: 'project',
      kind: `funding-${input.kind}`,
      title: `${FUNDING_KIND_LABELS[input.kind as FundingKind]} ${formatWanText(input.amount)}：${project.title}`,
      detail: input.documentNo ?? input.voucherNo ?? null,
      ref: { type: 'funding_record', id: row.id },
      at: new Date(`${input.occurredOn}T12:00:00+08:00`),
    });
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'project.funding.create',
      objectType: 'funding_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
}
