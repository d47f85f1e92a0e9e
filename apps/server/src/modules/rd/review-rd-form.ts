import type { Kysely, Transaction } from 'kysely';
import { RD_REPORT_STATUS_LABELS, type RdReportStatus } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { notifyUser } from '../../platform/messages/notify';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { loadRdForm, type RdFormView } from './rd-form-view';
import { findUnit } from './rd-unit.repository';
import { readRdUnit } from './read-rd-unit';

interface Review {
  unitId: number;
  version: number;
  decision: 'approve' | 'return';
  reason?: string;
}

/**
 * Staff review of a form in their region: 通过 (submitted → approved) or 退回 with a reason (submitted/approved →
 * returned; not once the task is closed). Bells the unit's users; answers the form as reviewed.
 */
export async function reviewRdForm(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: Review,
): Promise<RdFormView> {
  await readRdUnit(db, auth, input.unitId);
  await db.transaction().execute((trx) => review(trx, actor, input));
  return loadRdForm(db, input.unitId);
}

async function review(trx: Transaction<DB>, actor: Actor, opts: Review): Promise<void> {
  const unit = await findUnit(trx, opts.unitId);
  if (!unit) throw notFound('填报单位');
  const from = unit.status as RdReportStatus;
  const allowed: RdReportStatus[] = opts.decision === 'approve' ? ['submitted'] : ['submitted', 'approved'];
  const verb = opts.decision === 'approve' ? '审核通过' : '退回';
  if (!allowed.includes(from)) {
    throw new AppError(
      'CONFLICT',
      `${unit.enterprise_name}的填报当前为“${RD_REPORT_STATUS_LABELS[from]}”，不能${verb}`,
    );
  }
  if (opts.decision === 'return' && unit.task_status === 'closed') {
    throw new AppError('CONFLICT', '填报任务已截止，退回后单位无法修改；请先重新开放任务');
  }
  const set =
    opts.decision === 'approve'
      ? { status: 'approved', reviewed_at: new Date(), reviewed_by: actor.id, return_reason: null }
      : { status: 'returned', reviewed_at: new Date(), reviewed_by: actor.id, return_reason: opts.reason };
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'rd_task_unit',
    key: 'id',
    id: unit.id,
    version: opts.version,
    set,
    what: `${unit.enterprise_name}的研发经费填报`,
    userId: actor.id,
  });
  await writeAudit(trx, actor, {
    action: `rd.form.${opts.decision}`,
    objectType: 'rd_task_unit',
    objectId: unit.id,
    regionCode: unit.region_code,
    before,
    after,
    details: { reason: opts.reason ?? null },
  });
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: unit.enterprise_id,
    regionCode: unit.region_code,
    module: 'rd',
    kind: opts.decision === 'approve' ? 'approved' : 'returned',
    title: `研发经费填报${verb}：${unit.task_title}`,
    detail: opts.reason ?? null,
    ref: { type: 'rd_task_unit', id: unit.id },
  });
  const users = await trx
    .selectFrom('app_user')
    .select('id')
    .where('enterprise_id', '=', unit.enterprise_id)
    .where('status', '=', 'active')
    .execute();
  for (const u of users) {
    await notifyUser(trx, u.id, {
      category: 'rd',
      title: `研发经费填报${verb}：${unit.task_title}`,
      body: opts.reason ? `退回原因：${opts.reason}。请修改后重新提交。` : '您单位的研发经费填报已审核通过。',
      link: `/rd/mine?unit=${unit.id}`,
    });
  }
}
