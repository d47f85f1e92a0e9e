import type { Kysely } from 'kysely';
import { RD_REFUSED_ON_SAVE, type TRdFormSave } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { columnsOf } from './rd-columns';
import { findingsFor } from './rd-findings';
import { loadRdForm, type RdFormView } from './rd-form-view';
import { assertFormEditable } from './rd-guards';
import { assertMayFill, assertUnitWritable } from './rd.policy';
import { findUnit } from './rd-unit.repository';
import { readRdUnit } from './read-rd-unit';

/**
 * Saves a unit's whole form (figures, projects, explanations) under optimistic locking, by the unit's enterprise
 * user or by staff on its behalf, and answers the form with its findings. Input errors (a sub-item above its
 * total, government money above the total) refuse the save: nothing is stored.
 */
export async function saveRdForm(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { unitId: number; body: TRdFormSave },
): Promise<RdFormView> {
  assertMayFill(auth);
  const { byStaff } = assertUnitWritable(auth, await readRdUnit(db, auth, input.unitId));
  await db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, input.unitId);
    if (!unit) throw notFound('填报单位');
    assertFormEditable(unit, '保存');
    const { version, projects, explanations, remark, ...figures } = input.body;
    const given = Object.fromEntries(Object.entries(explanations).filter(([, v]) => v)) as Record<string, string>;
    const findings = await findingsFor(trx, unit, { figures, projects, explanations: given });
    const refused = findings.filter((f) => RD_REFUSED_ON_SAVE.has(f.code));
    if (refused.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${refused.map((f) => f.message).join('；')}（未保存）`,
        refused.map((f) => ({ field: f.field, message: f.message })),
      );
    }
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'rd_task_unit',
      key: 'id',
      id: unit.id,
      version,
      what: `${unit.enterprise_name}的研发经费填报`,
      userId: actor.id,
      set: {
        ...columnsOf(figures),
        explanations: JSON.stringify(given),
        remark: remark ?? null,
        status: unit.status === 'not_filled' ? 'saved' : unit.status,
        saved_at: new Date(),
        filled_by_staff: byStaff,
      },
    });
    await trx.deleteFrom('rd_project').where('task_unit_id', '=', unit.id).execute();
    if (projects.length) {
      await trx
        .insertInto('rd_project')
        .values(
          projects.map((p, i) => ({
            task_unit_id: unit.id,
            region_code: unit.region_code,
            seq: i + 1,
            name: p.name,
            source: p.source,
            cooperation: p.cooperation,
            stage: p.stage,
            people: p.people,
            person_months: p.personMonths,
            expenditure: p.expenditure,
            government: p.government,
            created_by: actor.id,
            updated_by: actor.id,
          })),
        )
        .execute();
    }
    await writeAudit(trx, actor, {
      action: 'rd.form.save',
      objectType: 'rd_task_unit',
      objectId: unit.id,
      regionCode: unit.region_code,
      before,
      after,
      details: { byStaff, projects },
    });
  });
  return loadRdForm(db, input.unitId);
}
