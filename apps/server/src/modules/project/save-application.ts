import type { Transaction } from 'kysely';
import {
  APPLICATION_STATE_LABELS,
  chinaToday,
  EDITABLE_STATES,
  checkFormData,
  type ApplicationState,
  type TFormField,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { callPhase } from './project.presenter';

/** Refuses form data that does not fit the call's form (unknown keys, wrong types); required fields wait for submission. */
export function assertFormData(form: unknown, data: Record<string, unknown>): void {
  const problems = checkFormData((form ?? []) as TFormField[], data, new Set(), 'save');
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `申报表填写有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
}

/** Refuses changing an application that has left 草稿/退回修改. */
export function assertEditable(state: string): void {
  if (!EDITABLE_STATES.includes(state as ApplicationState)) {
    throw new AppError(
      'CONFLICT',
      `申报书当前为“${APPLICATION_STATE_LABELS[state as ApplicationState] ?? state}”，只有草稿或退回修改的申报书可以修改`,
    );
  }
}

export interface NewApplication {
  call: { id: number; title: string; status: string; opens_at: Date; closes_at: Date; form: unknown };
  enterprise: { id: number; name: string; region_code: string };
  title: string;
  requestedAmount?: string | null;
  data: Record<string, unknown>;
  reserveId?: number | null;
  onBehalf: boolean;
}

/** Starts a draft application to an open call for one enterprise (at most one live application per call). */
export async function createApplication(trx: Transaction<DB>, actor: Actor, n: NewApplication): Promise<number> {
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
  await writeAudit(trx, actor, {
    action: 'project.application.create',
    objectType: 'project_application',
    objectId: row.id,
    regionCode: row.region_code,
    after: row,
    details: { onBehalf: n.onBehalf },
  });
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: n.enterprise.id,
    regionCode: n.enterprise.region_code,
    module: 'project',
    kind: 'application-created',
    title: `创建申报书：${n.title}`,
    detail: `批次：${n.call.title}${n.onBehalf ? '（业务人员代为填报）' : ''}`,
    ref: { type: 'project_application', id: row.id },
  });
  return row.id;
}

/** Edits a draft or returned application under optimistic locking. */
export async function updateApplication(
  trx: Transaction<DB>,
  actor: Actor,
  a: { id: number; state: string; form: unknown },
  patch: { version: number; title?: string; requestedAmount?: string | null; data?: Record<string, unknown> },
  onBehalf: boolean,
): Promise<void> {
  assertEditable(a.state);
  if (patch.data) assertFormData(a.form, patch.data);
  const set = {
    title: patch.title,
    requested_amount: patch.requestedAmount,
    data: patch.data === undefined ? undefined : JSON.stringify(patch.data),
  };
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'project_application',
    key: 'id',
    id: a.id,
    version: patch.version,
    set,
    what: '申报书',
    userId: actor.id,
  });
  if (before.state !== a.state) assertEditable(String(before.state));
  await writeAudit(trx, actor, {
    action: 'project.application.update',
    objectType: 'project_application',
    objectId: a.id,
    regionCode: String(after.region_code),
    before,
    after,
    details: { onBehalf },
  });
}

/** Records the project side after 立项 (number, approved amount, period, report due dates); staff only. */
export async function updateProjectInfo(
  trx: Transaction<DB>,
  actor: Actor,
  id: number,
  patch: {
    version: number;
    projectNo?: string | null;
    approvedAmount?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
    midtermDueOn?: string | null;
  },
): Promise<void> {
  const set = {
    project_no: patch.projectNo,
    approved_amount: patch.approvedAmount,
    starts_on: patch.startsOn,
    ends_on: patch.endsOn,
    midterm_due_on: patch.midtermDueOn,
  };
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'project_application',
    key: 'id',
    id,
    version: patch.version,
    set,
    what: '项目信息',
    userId: actor.id,
  });
  await writeAudit(trx, actor, {
    action: 'project.application.project-info',
    objectType: 'project_application',
    objectId: id,
    regionCode: String(after.region_code),
    before,
    after,
  });
}
