import type { Kysely, Transaction } from 'kysely';
import {
  CALL_STATE_LABELS,
  DEMAND_STATE_LABELS,
  chinaToday,
  findDemandTransition,
  type CallState,
  type DemandState,
  type DemandVia,
  type TTechDemandMoveRequest,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { refuse } from './demand-input';
import { recordDemandMove } from './demand-move';
import { findCall } from './call.repository';
import { actorOnDemand } from './tech-demand.policy';
import { findDemand, type DemandRow } from './tech-demand.repository';
import { readDemand } from './read-demand';

type DemandForMove = Pick<
  DemandRow,
  'id' | 'state' | 'version' | 'region_code' | 'enterprise_id' | 'title' | 'call_id'
>;

/** What a move sets besides the state: the submission day, checked against the call's window; the publication day. */
async function columnsFor(trx: Transaction<DB>, d: DemandForMove, to: DemandState, today: string) {
  if (to === 'submitted') {
    if (!d.call_id) throw refuse('callId', '榜单批次：提交前请选择征集中的榜单批次');
    const call = await findCall(trx, d.call_id);
    if (!call) throw refuse('callId', '榜单批次不存在');
    if (call.state !== 'collecting' || today < call.collect_from || today > call.collect_to) {
      const state = CALL_STATE_LABELS[call.state as CallState];
      throw refuse(
        'callId',
        `榜单批次“${call.title}”的征集时间为 ${call.collect_from} 至 ${call.collect_to}（当前${state}），今天 ${today} 不能提交`,
      );
    }
    return { submitted_on: today };
  }
  if (to === 'published') {
    const call = d.call_id ? await findCall(trx, d.call_id) : undefined;
    return { published_on: today, bid_deadline: call?.bid_deadline ?? null };
  }
  return {};
}

/**
 * One move of a demand inside the caller's transaction, with its timeline event and audit row (last): the part the
 * user plays, the state table through `recordDemandMove`, and what the move sets.
 */
export async function moveDemandIn(
  trx: Transaction<DB>,
  actor: Actor,
  d: DemandForMove,
  m: { to: DemandState; reason?: string | null; by: 'owner' | 'staff'; via?: DemandVia; version?: number },
  extra: Record<string, unknown> = {},
) {
  const today = chinaToday();
  const set = { ...(await columnsFor(trx, d, m.to, today)), ...extra };
  const { before, after, auditHead } = await recordDemandMove(trx, {
    demand: { id: d.id, state: d.state, version: m.version ?? d.version },
    to: m.to,
    actor,
    reason: m.reason,
    by: m.by,
    via: m.via,
    set,
  });
  const label = findDemandTransition(d.state as DemandState, m.to)!.label;
  const event = enterpriseEventInsert(trx, actor, {
    enterpriseId: d.enterprise_id,
    regionCode: d.region_code,
    module: 'tech-demand',
    kind: `demand-${m.to}`,
    title: `技术需求“${d.title}”${label}`,
    detail: m.reason ?? null,
    ref: { type: 'tech_demand', id: d.id },
  });
  await writeAudit(
    trx,
    actor,
    {
      action: `tech-demand.demand.${m.to}`,
      objectType: 'tech_demand',
      objectId: d.id,
      regionCode: d.region_code,
      before,
      after,
      details: {
        from: DEMAND_STATE_LABELS[d.state as DemandState],
        to: DEMAND_STATE_LABELS[m.to],
        reason: m.reason ?? null,
      },
    },
    { head: auditHead, alongside: [event] },
  );
  return after;
}

/** The generic transition endpoint's use case: any move of the table but the via-moves (409 naming the way). */
export async function moveDemand(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  req: TTechDemandMoveRequest,
): Promise<DemandRow> {
  try {
    await db.transaction().execute(async (trx) => {
      const d = await findDemand(trx, id);
      if (!d) throw notFound('技术需求');
      const by = actorOnDemand(auth, d);
      await moveDemandIn(trx, actor, d, { to: req.to, reason: req.reason, by, version: req.version });
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readDemand(db, auth, id);
    throw e;
  }
  return (await findDemand(db, id)) as DemandRow;
}
