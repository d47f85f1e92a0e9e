import type { Selectable } from 'kysely';
import { parseRdPeriod, type TRdForm } from '@kechuang/domain';
import type { RdFormView } from './rd-form-view';
import type { RdProjectTable } from './rd.tables';
import type { RdUnitRow } from './rd-unit.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A project row → API shape. */
export function presentProject(p: Selectable<RdProjectTable>) {
  return {
    name: p.name,
    source: p.source,
    cooperation: p.cooperation,
    stage: p.stage,
    people: p.people,
    personMonths: p.person_months,
    expenditure: p.expenditure,
    government: p.government,
  } as TRdForm['projects'][number];
}

/** A unit's form row with projects and findings → API shape. */
export function presentForm({ unit: u, projects, findings }: RdFormView): TRdForm {
  return {
    id: u.id,
    taskId: u.task_id,
    taskTitle: u.task_title,
    taskStatus: u.task_status,
    period: u.period,
    periodLabel: parseRdPeriod(u.period)?.label ?? u.period,
    dueDate: u.due_date,
    enterpriseId: u.enterprise_id,
    enterpriseName: u.enterprise_name,
    creditCode: u.credit_code,
    townshipName: u.township_name,
    industryCode: u.industry_code,
    performer: u.performer,
    isHighTech: u.is_high_tech,
    isTechSme: u.is_tech_sme,
    status: u.status as TRdForm['status'],
    staffTotal: u.staff_total,
    revenue: u.revenue,
    rdStaff: u.rd_staff,
    internalTotal: u.internal_total,
    labor: u.labor,
    materials: u.materials,
    depreciation: u.depreciation,
    equipment: u.equipment,
    otherCost: u.other_cost,
    fundsOwn: u.funds_own,
    fundsGovernment: u.funds_government,
    fundsOther: u.funds_other,
    external: u.external_spend,
    deductionClaimed: u.deduction_claimed,
    projects: projects.map(presentProject),
    explanations: u.explanations ?? {},
    remark: u.remark,
    prefill: u.prefill ?? {},
    filledByStaff: u.filled_by_staff,
    returnReason: u.return_reason,
    submittedAt: iso(u.submitted_at),
    reviewedAt: iso(u.reviewed_at),
    findings,
    version: u.version,
  };
}

/** A unit row of a task's list → API shape. */
export function presentUnitRow(u: RdUnitRow) {
  return {
    id: u.id,
    enterpriseId: u.enterprise_id,
    enterpriseName: u.enterprise_name,
    creditCode: u.credit_code,
    townshipCode: u.township_code,
    townshipName: u.township_name,
    industryCode: u.industry_code,
    isHighTech: u.is_high_tech,
    isTechSme: u.is_tech_sme,
    status: u.status as TRdForm['status'],
    internalTotal: u.internal_total,
    fundsGovernment: u.funds_government,
    external: u.external_spend,
    filledByStaff: u.filled_by_staff,
    submittedAt: iso(u.submitted_at),
    returnReason: u.return_reason,
    version: u.version,
  };
}
