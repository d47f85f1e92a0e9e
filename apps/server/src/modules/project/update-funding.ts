import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpdateFundingRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findFunding } from './funding.repository';
import { assertCanKeepFunding } from './project.policy';

/** Corrects a ledger record of the user's region under optimistic locking (audited with before and after). */
export async function updateFunding(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, ...patch }: z.infer<typeof ZUpdateFundingRequest> & { id: number },
): Promise<void> {
  const record = await findFunding(db, id);
  if (!record) throw notFound('资金记录');
  assertCanKeepFunding(auth, record);
  const set = {
    kind: patch.kind,
    source_level: patch.kind === 'matching' ? null : patch.sourceLevel,
    amount: patch.amount,
    occurred_on: patch.occurredOn,
    voucher_no: patch.voucherNo,
    document_no: patch.documentNo,
    remark: patch.remark,
  };
  await db.transaction().execute(async (trx) => {
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
      throw new AppError('VALIDATION_FAILED', '资金拨付须填写凭证号', [
        { field: 'voucherNo', message: '请填写凭证号' },
      ]);
    }
    await writeAudit(trx, actor, {
      action: 'project.funding.update',
      objectType: 'funding_record',
      objectId: id,
      regionCode: String(after.region_code),
      before,
      after,
    });
  });
}
