import type { Kysely, Selectable } from 'kysely';
import type { TAgreementInput, TAgreementTerminateRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertCanChange } from '../commissioner.policy';
import type { CommissionerAgreementTable } from '../commissioner.tables';
import { readCommissioner } from '../read-commissioner';
import { agreementColumns } from './agreement-input';
import { agreementEvent } from './agreement-events';
import { findAgreement } from './agreement.repository';

type AgreementRow = Selectable<CommissionerAgreementTable>;

async function readForChange(db: Kysely<DB>, ctx: UseCaseContext, id: number) {
  const a = await findAgreement(db, id);
  if (!a) throw notFound('三方协议');
  const c = await readCommissioner(db, ctx.auth, a.commissioner_id);
  assertCanChange(ctx.auth, c);
  if (a.status !== 'active') throw new AppError('CONFLICT', '三方协议已终止，不能再修改');
  return { a, c };
}

/** Changes a 三方协议 in force (versioned; the same checks as signing), audited with before and after. */
export async function updateAgreement(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  id: number,
  input: TAgreementInput & { version: number },
) {
  const { c } = await readForChange(db, ctx, id);
  const columns = await agreementColumns(db, ctx.auth, c, input);
  return db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<AgreementRow>(trx, {
      table: 'commissioner_agreement',
      key: 'id',
      id,
      version: input.version,
      set: columns,
      what: '三方协议',
      userId: ctx.actor.id,
      auditChain: 'region_code',
    });
    const events = agreementEvent(trx, ctx.actor, after, 'agreement-changed', `与科技特派员${c.name}的三方协议变更`);
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'commissioner.agreement.update',
        objectType: 'commissioner_agreement',
        objectId: id,
        regionCode: after.region_code,
        before,
        after,
      },
      { head: auditHead!, alongside: events },
    );
    return after;
  });
}

/** Ends a 三方协议 (状态 终止) on a day with its reason. */
export async function terminateAgreement(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  id: number,
  req: TAgreementTerminateRequest,
) {
  const { a, c } = await readForChange(db, ctx, id);
  if (req.on < a.start_on) {
    const message = `终止日期不能早于协议开始日期 ${a.start_on}`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'on', message }]);
  }
  return db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<AgreementRow>(trx, {
      table: 'commissioner_agreement',
      key: 'id',
      id,
      version: req.version,
      set: { status: 'terminated', terminated_on: req.on, terminate_reason: req.reason },
      what: '三方协议',
      userId: ctx.actor.id,
      auditChain: 'region_code',
    });
    const title = `与科技特派员${c.name}的三方协议终止`;
    const events = agreementEvent(trx, ctx.actor, after, 'agreement-terminated', title, req.reason);
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'commissioner.agreement.terminate',
        objectType: 'commissioner_agreement',
        objectId: id,
        regionCode: after.region_code,
        before,
        after,
      },
      { head: auditHead!, alongside: events },
    );
    return after;
  });
}
