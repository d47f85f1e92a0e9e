import type { Kysely, Selectable } from 'kysely';
import {
  COOP_PROJECT_MACHINE,
  COOP_PROJECT_STATE_LABELS,
  type CoopProjectState,
  type TCoopTransitionRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { historyInsert } from './cooperation-history';
import { assertCanUpdate } from './cooperation.policy';
import type { CooperationProjectTable } from './cooperation.tables';
import { readProject } from './project-writes';
import { projectNames, type ProjectRow } from './project.repository';
import { assertOnOrAfter, checkMove } from './state-move';

const EVENT_KIND: Record<CoopProjectState, string> = {
  signed: 'project-signed',
  in_progress: 'project-started',
  concluded: 'project-ended',
  terminated: 'project-ended',
};

/**
 * Moves a project along COOP_PROJECT_TRANSITIONS (签约 → 实施中 → 已结题 | 终止): the region's staff only; a move
 * the table forbids is 409 naming both states, a termination needs its reason. In one transaction: the row
 * (optimistic locking; 结题/终止 stamp the day and reason), a history row, the enterprise's timeline, the audit last.
 */
export async function transitionProject(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  request: TCoopTransitionRequest,
): Promise<ProjectRow> {
  const current = await readProject(db, auth, id);
  assertCanUpdate(auth, current, '该合作项目');
  const from = current.status as CoopProjectState;
  const { reason, on } = checkMove(COOP_PROJECT_MACHINE, from, request);
  const to = request.to as CoopProjectState;
  const ends = to === 'concluded' || to === 'terminated';
  if (ends) assertOnOrAfter(on, current.start_on, '开始日期');
  return db.transaction().execute(async (trx) => {
    const { before, after, extra, auditHead } = await updateVersioned<Selectable<CooperationProjectTable>>(trx, {
      table: 'cooperation_project',
      key: 'id',
      id,
      version: request.version,
      set: { status: to, ...(ends ? { ended_on: on, end_reason: reason } : {}) },
      what: '合作项目',
      userId: actor.id,
      auditChain: 'region_code',
      select: { as: 'p', columns: projectNames('p') },
    });
    if (before.status !== from) {
      throw new AppError('VERSION_CONFLICT', '合作项目已被他人修改，请刷新后重试（您的修改未保存）');
    }
    const label = COOP_PROJECT_STATE_LABELS;
    await writeAudit(
      trx,
      actor,
      {
        action: 'cooperation.project.transition',
        objectType: 'cooperation_project',
        objectId: id,
        regionCode: after.region_code,
        before,
        after,
        details: { from, to, reason, on },
      },
      {
        head: auditHead!,
        alongside: [
          historyInsert(trx, actor, { regionCode: after.region_code, subject: 'project', id, from, to, reason }),
          enterpriseEventInsert(trx, actor, {
            enterpriseId: after.enterprise_id,
            regionCode: after.region_code,
            module: 'cooperation',
            kind: EVENT_KIND[to],
            title: `合作项目${label[to]}：${after.name}`,
            detail: [`${label[from]} → ${label[to]}`, reason].filter(Boolean).join('；'),
            ref: { type: 'cooperation_project', id },
          }),
        ],
      },
    );
    return { ...after, ...extra } as ProjectRow;
  });
}
