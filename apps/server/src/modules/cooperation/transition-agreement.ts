import type { Kysely, Selectable } from 'kysely';
import { AGREEMENT_MACHINE, type AgreementState, type TCoopTransitionRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { agreementMoveEvent, readAgreement } from './agreement-writes';
import { agreementNames, type AgreementRow } from './agreement.repository';
import { historyInsert } from './cooperation-history';
import { assertCanUpdate } from './cooperation.policy';
import type { CooperationAgreementTable } from './cooperation.tables';
import { assertOnOrAfter, checkMove } from './state-move';

/**
 * Moves an agreement along AGREEMENT_TRANSITIONS (签订 → 执行中 → 到期 | 终止): the region's staff only; a move
 * the table forbids is 409 naming both states, a termination needs its reason. In one transaction: the row
 * (optimistic locking; 到期/终止 stamp the day and reason), a history row, the enterprise's timeline, the audit last.
 */
export async function transitionAgreement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  request: TCoopTransitionRequest,
): Promise<AgreementRow> {
  const current = await readAgreement(db, auth, id);
  assertCanUpdate(auth, current, '该合作协议');
  const from = current.status as AgreementState;
  const { reason, on } = checkMove(AGREEMENT_MACHINE, from, request);
  const to = request.to as AgreementState;
  const ends = to === 'expired' || to === 'terminated';
  if (ends) assertOnOrAfter(on, current.signed_on, '签订日期');
  return db.transaction().execute(async (trx) => {
    const { before, after, extra, auditHead } = await updateVersioned<Selectable<CooperationAgreementTable>>(trx, {
      table: 'cooperation_agreement',
      key: 'id',
      id,
      version: request.version,
      set: { status: to, ...(ends ? { ended_on: on, end_reason: reason } : {}) },
      what: '合作协议',
      userId: actor.id,
      auditChain: 'region_code',
      select: { as: 'a', columns: agreementNames('a') },
    });
    if (before.status !== from) {
      throw new AppError('VERSION_CONFLICT', '合作协议已被他人修改，请刷新后重试（您的修改未保存）');
    }
    await writeAudit(
      trx,
      actor,
      {
        action: 'cooperation.agreement.transition',
        objectType: 'cooperation_agreement',
        objectId: id,
        regionCode: after.region_code,
        before,
        after,
        details: { from, to, reason, on },
      },
      {
        head: auditHead!,
        alongside: [
          historyInsert(trx, actor, { regionCode: after.region_code, subject: 'agreement', id, from, to, reason }),
          ...agreementMoveEvent(trx, actor, after, from, to, reason),
        ],
      },
    );
    return { ...after, ...extra } as AgreementRow;
  });
}
