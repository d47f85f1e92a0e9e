import type { Kysely, Selectable } from 'kysely';
import type { RdFinding } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { storedFindings } from './rd-findings';
import type { RdProjectTable } from './rd.tables';
import { findUnit, loadProjects, type RdUnitRow } from './rd-unit.repository';

/** A unit's form as the API shows it: the row with its task and names, its projects and its findings. */
export interface RdFormView {
  unit: RdUnitRow;
  projects: Selectable<RdProjectTable>[];
  findings: RdFinding[];
}

/** A unit's form with the findings of the cross-checks on it as stored. */
export async function loadRdForm(db: Kysely<DB>, unitId: number): Promise<RdFormView> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw notFound('填报单位');
  const projects = await loadProjects(db, unitId);
  return { unit, projects, findings: await storedFindings(db, unit, projects) };
}
