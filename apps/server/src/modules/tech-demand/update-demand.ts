import type { Kysely } from 'kysely';
import { DEMAND_STATE_LABELS, type DemandState, type TTechDemandInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertDemandChoices, demandColumns, refuse } from './demand-input';
import { findCall } from './call.repository';
import { actorOnDemand } from './tech-demand.policy';
import { findDemand, type DemandRow } from './tech-demand.repository';
import { readDemand } from './read-demand';
import type { DemandRowBefore } from './demand-move';

export interface DemandChange {
  id: number;
  version: number;
  patch: Partial<Omit<TTechDemandInput, 'enterpriseId'>>;
}

/**
 * Edits a demand while it is a draft (new, or returned for changes) — by its enterprise or staff on its behalf
 * (docs/rules.md §5.2); under optimistic locking; the audit row with before and after, last.
 */
export async function updateDemand(db: Kysely<DB>, { auth, actor }: UseCaseContext, c: DemandChange) {
  try {
    await db.transaction().execute(async (trx) => {
      const current = await findDemand(trx, c.id);
      if (!current) throw notFound('技术需求');
      actorOnDemand(auth, current);
      await assertDemandChoices(trx, c.patch);
      if (c.patch.callId) {
        const call = await findCall(trx, c.patch.callId);
        if (!call || call.region_code !== current.region_code) throw refuse('callId', '榜单批次：须为本县的榜单批次');
      }
      const { before, after, auditHead } = await updateVersioned<DemandRowBefore>(trx, {
        table: 'tech_demand',
        key: 'id',
        id: c.id,
        version: c.version,
        set: demandColumns(c.patch),
        what: '技术需求',
        userId: actor.id,
        auditChain: 'region_code',
      });
      if (before.state !== 'draft') {
        throw new AppError(
          'CONFLICT',
          `需求处于“${DEMAND_STATE_LABELS[before.state as DemandState]}”状态，只有草稿或退回修改的需求可以修改`,
        );
      }
      await writeAudit(
        trx,
        actor,
        {
          action: 'tech-demand.demand.update',
          objectType: 'tech_demand',
          objectId: c.id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readDemand(db, auth, c.id);
    throw e;
  }
  return (await findDemand(db, c.id)) as DemandRow;
}
