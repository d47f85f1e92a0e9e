import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import {
  NOTICE_STAGE,
  STAGE_LABELS,
  TIER_LABELS,
  canMoveStage,
  validUntil,
  type Stage,
  type Tier,
} from '@kechuang/domain';
import type { ZMoveStageRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanRead, assertCanWrite, enterpriseScope } from './enterprise.policy';
import type { QualificationTable } from './enterprise.tables';
import { findQualification, type QualificationRow } from './qualification.repository';
import { recordEnterpriseEvent } from './timeline';

export type StageMove = z.infer<typeof ZMoveStageRequest> & { id: number };

/**
 * Moves a qualification record to its next stage (培育 → 申报 → … → 认定/到期/撤销): a move the stage table
 * forbids is refused naming both stages, a rejection or revocation needs a reason, a certification gets its
 * validity from the tier's rule. In one transaction: the record (optimistic locking), the timeline, the audit.
 */
export async function moveQualificationStage(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  move: StageMove,
): Promise<QualificationRow> {
  return db.transaction().execute(async (trx) => {
    const q = await findQualification(trx, move.id);
    if (!q) throw notFound('资质记录');
    assertCanRead(enterpriseScope(auth), { id: q.enterprise_id, region_code: q.region_code });
    assertCanWrite(auth, q.region_code);
    const from = q.stage as Stage;
    const to = move.stage;
    if (to === NOTICE_STAGE) {
      const message = `资质记录须列入公示并发布后才进入“${STAGE_LABELS[to]}”阶段（公示管理 → 新建公示 → 发布）`;
      throw new AppError('CONFLICT', message);
    }
    if (!canMoveStage(from, to)) {
      throw new AppError('CONFLICT', `资质阶段不能从“${STAGE_LABELS[from]}”变为“${STAGE_LABELS[to]}”`);
    }
    if ((to === 'rejected' || to === 'revoked') && !move.reason) {
      throw new AppError('VALIDATION_FAILED', `${STAGE_LABELS[to]}须填写原因`, [
        { field: 'reason', message: '请填写原因' },
      ]);
    }
    const set: Record<string, unknown> = { stage: to };
    if (to === 'applying') set.applied_on = move.on;
    if (to === 'certified') {
      set.certified_on = move.on;
      set.valid_until = validUntil(q.tier as Tier, move.on);
      set.certificate_no = move.certificateNo ?? q.certificate_no;
    }
    const { before, after } = await updateVersioned<Selectable<QualificationTable>>(trx, {
      table: 'qualification',
      key: 'id',
      id: q.id,
      version: move.version,
      set,
      what: '资质记录',
      userId: auth.userId,
    });
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: q.enterprise_id,
      regionCode: q.region_code,
      module: 'qualification',
      kind: `stage-${to}`,
      title: `${TIER_LABELS[q.tier as Tier]}（${q.year}）：${STAGE_LABELS[from]} → ${STAGE_LABELS[to]}`,
      detail: move.reason ?? (to === 'certified' ? `有效期至 ${String(set.valid_until)}` : null),
      ref: { type: 'qualification', id: q.id },
      at: new Date(`${move.on}T12:00:00+08:00`),
    });
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'qualification.stage',
      objectType: 'qualification',
      objectId: q.id,
      regionCode: q.region_code,
      before,
      after,
      details: { reason: move.reason ?? null },
    });
    return { ...after, enterprise_name: q.enterprise_name };
  });
}
