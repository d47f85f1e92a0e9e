import type { Kysely } from 'kysely';
import { CALL_STATE_LABELS, type CallState } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { callDemandsIn, findCall, type CallRow } from './call.repository';
import { moveDemandIn } from './move-demand';
import { assertDemandStaff } from './tech-demand.policy';

/**
 * Staff close a call's collection and start its 论证 (docs/rules.md §5.2): the call 征集中 → 论证中 and every
 * submitted demand of it 已提交 → 论证中 (history rows, audited), all or nothing.
 */
export async function startCallReview(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, version }: { id: number; version: number },
): Promise<CallRow> {
  const call = await findCall(db, id);
  if (!call) throw notFound('榜单批次');
  assertDemandStaff(auth, call.region_code);
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_demand_call',
      key: 'id',
      id,
      version,
      set: { state: 'reviewing' },
      what: '榜单批次',
      userId: actor.id,
    });
    if (before.state !== 'collecting') {
      const from = CALL_STATE_LABELS[before.state as CallState];
      throw new AppError('CONFLICT', `榜单批次状态不能从“${from}”变为“论证中”，只有征集中的批次可以开始论证`);
    }
    const demands = await callDemandsIn(trx, id, ['submitted']);
    if (demands.length === 0) throw new AppError('CONFLICT', `榜单批次“${call.title}”没有已提交的需求，不能开始论证`);
    for (const d of demands) {
      await moveDemandIn(trx, actor, { ...d, call_id: id }, { to: 'reviewing', by: 'staff' });
    }
    await writeAudit(trx, actor, {
      action: 'tech-demand.call.review',
      objectType: 'tech_demand_call',
      objectId: id,
      regionCode: call.region_code,
      before,
      after,
      details: { demandIds: demands.map((d) => d.id) },
    });
  });
  return (await findCall(db, id)) as CallRow;
}
