import type { Kysely, Selectable } from 'kysely';
import { checkRdReport, parseRdPeriod, type RdFinding, type RdRuleConfig, type TRdFigures } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { figuresOf } from './rd-columns';
import type { RdProjectTable, RdTaskUnitTable } from './rd.tables';
import { loadRuleConfig, previousReports } from './rd-unit.repository';

type Unit = Pick<
  Selectable<RdTaskUnitTable>,
  'region_code' | 'enterprise_id' | 'period' | 'is_high_tech' | 'is_tech_sme' | 'explanations'
>;
type Project = Pick<Selectable<RdProjectTable>, 'name' | 'expenditure' | 'government'>;

/** Runs the cross-checks on figures about to be saved (or as stored), with the unit's tier and previous period. */
export async function findingsFor(
  db: Kysely<DB>,
  unit: Unit,
  form: { figures: TRdFigures; projects: readonly Project[]; explanations: Record<string, string> },
  preload?: { rules: RdRuleConfig; previous: Map<number, { label: string; internalTotal: string }> },
): Promise<RdFinding[]> {
  const rules = preload?.rules ?? (await loadRuleConfig(db, unit.region_code));
  const previous = preload?.previous ?? (await previousReports(db, [unit.enterprise_id], unit.period));
  const period = parseRdPeriod(unit.period)!;
  return checkRdReport(
    { figures: form.figures, projects: form.projects, explanations: form.explanations },
    {
      periodMonths: period.months,
      isHighTech: unit.is_high_tech,
      isTechSme: unit.is_tech_sme,
      previous: previous.get(unit.enterprise_id) ?? null,
    },
    rules,
  );
}

/** The findings of a stored form. */
export function storedFindings(
  db: Kysely<DB>,
  unit: Unit & Parameters<typeof figuresOf>[0],
  projects: readonly Project[],
  preload?: Parameters<typeof findingsFor>[3],
) {
  return findingsFor(db, unit, { figures: figuresOf(unit), projects, explanations: unit.explanations ?? {} }, preload);
}
