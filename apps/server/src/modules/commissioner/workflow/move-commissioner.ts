import type { Kysely, Selectable } from 'kysely';
import {
  chinaToday,
  commissionerTransitionOf,
  illegalCommissionerMoveMessage,
  type CommissionerMove,
  type CommissionerState,
  type TCommissionerMoveRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { auditedRow } from '../audited-row';
import { assertCanChange } from '../commissioner.policy';
import type { CommissionerRow } from '../commissioner.repository';
import type { CommissionerTable } from '../commissioner.tables';
import { readCommissioner } from '../read-commissioner';

export const refuse = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** What a move adds to the row beyond its state, decided on the row before the move (may refuse). */
export type MoveGuard = (
  db: Kysely<DB>,
  row: CommissionerRow,
  on: string,
) => Promise<Partial<Record<keyof CommissionerTable, unknown>>>;

/**
 * One move along the status table (packages/domain commissioner-transitions, docs/rules.md §5.1): a move the
 * table forbids is 409 naming both states; 解聘 needs a reason. One transaction: the row (optimistic locking), its
 * history row, the audit row last.
 */
export async function moveCommissioner(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  move: CommissionerMove,
  m: TCommissionerMoveRequest,
  guard?: MoveGuard,
): Promise<void> {
  const row = await readCommissioner(db, auth, id);
  assertCanChange(auth, row);
  const from = row.status as CommissionerState;
  const t = commissionerTransitionOf(move);
  if (!t.from.includes(from)) {
    throw new AppError('CONFLICT', illegalCommissionerMoveMessage(from, move), { from, to: t.to });
  }
  const reason = m.reason?.trim() || null;
  if (t.reasonRequired && !reason) throw refuse('reason', `“${t.label}”须填写原因`);
  const on = m.on ?? chinaToday();
  const extra = guard ? await guard(db, row, on) : {};

  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<CommissionerTable>>(trx, {
      table: 'commissioner',
      key: 'id',
      id,
      version: m.version,
      set: { status: t.to, status_reason: t.reasonRequired ? reason : row.status_reason, ...extra },
      what: '科技特派员',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== from) throw new AppError('VERSION_CONFLICT', '科技特派员已被他人修改，请刷新后重试');
    await trx
      .insertInto('commissioner_history')
      .values({
        commissioner_id: id,
        region_code: row.region_code,
        from_state: from,
        to_state: t.to,
        on_date: on,
        reason,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(
      trx,
      actor,
      {
        action: `commissioner.${move}`,
        objectType: 'commissioner',
        objectId: id,
        regionCode: row.region_code,
        before: auditedRow(before),
        after: auditedRow(after),
        details: { from, to: t.to, on, reason },
      },
      { head: auditHead! },
    );
  });
}
