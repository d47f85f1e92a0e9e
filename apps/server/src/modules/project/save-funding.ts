import type { Transaction } from 'kysely';
import type { z } from 'zod';
import {
  FUNDING_KIND_LABELS,
  type FundingKind,
  type ZFundingInput,
  type ZUpdateFundingRequest,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import { recordEnterpriseEvent } from '../enterprise/timeline';

/** States in which an application is a project that can receive money. */
export const FUNDABLE_STATES = ['approved', 'in_progress', 'midterm', 'accepted', 'terminated'];

/** Adds a ledger record to an approved project, audited and on the enterprise's timeline. */
export async function createFunding(
  trx: Transaction<DB>,
  actor: Actor,
  project: { id: number; title: string; state: string; region_code: string; enterprise_id: number },
  input: z.infer<typeof ZFundingInput>,
): Promise<number> {
  if (!FUNDABLE_STATES.includes(project.state)) {
    throw new AppError('CONFLICT', `“${project.title}”尚未立项，不能登记资金`);
  }
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
  await writeAudit(trx, actor, {
    action: 'project.funding.create',
    objectType: 'funding_record',
    objectId: row.id,
    regionCode: row.region_code,
    after: row,
  });
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: project.enterprise_id,
    regionCode: project.region_code,
    module: 'project',
    kind: `funding-${input.kind}`,
    title: `${FUNDING_KIND_LABELS[input.kind as FundingKind]} ${input.amount} 元：${project.title}`,
    detail: input.documentNo ?? input.voucherNo ?? null,
    ref: { type: 'funding_record', id: row.id },
    at: new Date(`${input.occurredOn}T12:00:00+08:00`),
  });
  return row.id;
}

/** Corrects a ledger record under optimistic locking (audited with before and after). */
export async function updateFunding(
  trx: Transaction<DB>,
  actor: Actor,
  id: number,
  patch: z.infer<typeof ZUpdateFundingRequest>,
): Promise<void> {
  const set = {
    kind: patch.kind,
    source_level: patch.kind === 'matching' ? null : patch.sourceLevel,
    amount: patch.amount,
    occurred_on: patch.occurredOn,
    voucher_no: patch.voucherNo,
    document_no: patch.documentNo,
    remark: patch.remark,
  };
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'funding_record',
    key: 'id',
    id,
    version: patch.version,
    set,
    what: '资金记录',
    userId: actor.id,
  });
  if (after.kind !== 'matching' && !after.source_level) {
    throw new AppError('VALIDATION_FAILED', '下达、分配、拨付须注明资金来源级别', [
      { field: 'sourceLevel', message: '请选择来源级别' },
    ]);
  }
  if (after.kind === 'disbursement' && !after.voucher_no) {
    throw new AppError('VALIDATION_FAILED', '资金拨付须填写凭证号', [{ field: 'voucherNo', message: '请填写凭证号' }]);
  }
  await writeAudit(trx, actor, {
    action: 'project.funding.update',
    objectType: 'funding_record',
    objectId: id,
    regionCode: String(after.region_code),
    before,
    after,
  });
}
