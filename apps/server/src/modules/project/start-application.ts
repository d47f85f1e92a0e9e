import type { Transaction } from 'kysely';
import { chinaToday } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { assertFormData } from './application-rules';
import { callPhase } from './project.presenter';

export interface NewApplication {
  call: { id: number; title: string; status: string; opens_at: Date; closes_at: Date; form: unknown };
  enterprise: { id: number; name: string; region_code: string };
  title: string;
  requestedAmount?: string | null;
  data: Record<string, unknown>;
  reserveId?: number | null;
  onBehalf: boolean;
}

/**
 * Starts a draft application to an open call for one enterprise (at most one live application per call), in the
 * caller's transaction: the row, the applicant's timeline entry, the audit row. Shared by creating an application
 * and promoting a reserve entry.
 */
export async function startApplication(trx: Transaction<DB>, actor: Actor, n: NewApplication): Promise<number> {
  if (n.call.status !== 'published') throw new AppError('CONFLICT', `批次“${n.call.title}”尚未发布，不能申报`);
  const phase = callPhase(n.call);
  if (phase !== 'open') {
    throw new AppError(
      'CONFLICT',
      phase === 'closed'
        ? `批次“${n.call.title}”已于 ${chinaToday(n.call.closes_at)} 截止受理`
        : `批次“${n.call.title}”尚未开始受理`,
    );
  }
  assertFormData(n.call.form, n.data);
  const dup = await trx
    .selectFrom('project_application')
    .select('id')
    .where('call_id', '=', n.call.id)
    .where('enterprise_id', '=', n.enterprise.id)
    .where('state', 'not in', ['rejected', 'terminated'])
    .executeTakeFirst();
  if (dup) {
    throw new AppError('CONFLICT', `“${n.enterprise.name}”在批次“${n.call.title}”中已有申报书（编号 ${dup.id}）`);
  }
  const row = await trx
    .insertInto('project_application')
    .values({
      region_code: n.enterprise.region_code,
      call_id: n.call.id,
      enterprise_id: n.enterprise.id,
      reserve_id: n.reserveId ?? null,
      title: n.title,
      data: JSON.stringify(n.data),
      requested_amount: n.requestedAmount ?? null,
      project_no: null,
      starts_on: null,
      ends_on: null,
      midterm_due_on: null,
      submitted_at: null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: n.enterprise.id,
    regionCode: n.enterprise.region_code,
    module: 'project',
    kind: 'application-created',
    title: `创建申报书：${n.title}`,
    detail: `批次：${n.call.title}${n.onBehalf ? '（业务人员代为填报）' : ''}`,
    ref: { type: 'project_application', id: row.id },
  });
  // Last: the region's audit chain stays locked from here to COMMIT.
  await writeAudit(trx, actor, {
    action: 'project.application.create',
    objectType: 'project_application',
    objectId: row.id,
    regionCode: row.region_code,
    after: row,
    details: { onBehalf: n.onBehalf },
  });
  return row.id;
}
