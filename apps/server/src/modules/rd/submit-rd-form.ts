import { formatWanText } from '@kechuang/domain';
import type { Kysely, Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { storedFindings } from './rd-findings';
import { loadRdForm, type RdFormView } from './rd-form-view';
import { assertFormEditable } from './rd-guards';
import { assertMayFill, assertUnitWritable } from './rd.policy';
import { findUnit, loadProjects } from './rd-unit.repository';
import { readRdUnit } from './read-rd-unit';

/**
 * Submits the saved form, by the unit's enterprise user or by staff on its behalf: errors block it, and every
 * warning needs the unit's explanation first. Answers the form as submitted.
 */
export async function submitRdForm(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { unitId: number; version: number },
): Promise<RdFormView> {
  assertMayFill(auth);
  const { byStaff } = assertUnitWritable(auth, await readRdUnit(db, auth, input.unitId));
  await db.transaction().execute((trx) => submit(trx, actor, { ...input, byStaff }));
  return loadRdForm(db, input.unitId);
}

async function submit(
  trx: Transaction<DB>,
  actor: Actor,
  opts: { unitId: number; version: number; byStaff: boolean },
): Promise<void> {
  const unit = await findUnit(trx, opts.unitId);
  if (!unit) throw notFound('填报单位');
  assertFormEditable(unit, '提交');
  const findings = await storedFindings(trx, unit, await loadProjects(trx, unit.id));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      `有 ${errors.length} 项错误，不能提交：${errors.map((f) => f.message).join('；')}`,
      errors.map((f) => ({ field: f.field, message: f.message })),
    );
  }
  const unexplained = findings.filter((f) => f.severity === 'warning' && !f.explanation);
  if (unexplained.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      `以下提示须填写情况说明后才能提交：${unexplained.map((f) => f.message).join('；')}`,
      unexplained.map((f) => ({ field: `explanations.${f.code}`, message: f.message })),
    );
  }
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'rd_task_unit',
    key: 'id',
    id: unit.id,
    version: opts.version,
    what: `${unit.enterprise_name}的研发经费填报`,
    userId: actor.id,
    set: {
      status: 'submitted',
      submitted_at: new Date(),
      submitted_by: actor.id,
      filled_by_staff: opts.byStaff || unit.filled_by_staff,
    },
  });
  await writeAudit(trx, actor, {
    action: 'rd.form.submit',
    objectType: 'rd_task_unit',
    objectId: unit.id,
    regionCode: unit.region_code,
    before,
    after,
    details: { warnings: findings.map((f) => ({ code: f.code, explanation: f.explanation })) },
  });
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: unit.enterprise_id,
    regionCode: unit.region_code,
    module: 'rd',
    kind: 'submitted',
    title: `提交研发经费填报：${unit.task_title}`,
    detail: `研发经费内部支出 ${formatWanText(unit.internal_total)}${opts.byStaff ? '（业务人员代填）' : ''}`,
    ref: { type: 'rd_task_unit', id: unit.id },
  });
}
