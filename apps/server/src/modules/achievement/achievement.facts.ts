import type { Kysely } from 'kysely';
import { ACHIEVEMENT_CATEGORIES, ACHIEVEMENT_CATEGORY_LABELS, factLink, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { registeredInPeriod, submittedInPeriod } from './achievement.repository';

const LINK = '/achievement/records';

/**
 * What the module states for the report (docs/architecture.md §2.4, docs/rules.md §5.3): the registrations (已登记)
 * whose 登记日期 falls in the period, in all and by 类别, naming their first completing units (the report lists
 * the enterprises: `achievement.registered-units`), and the registrations submitted in the period. Nothing to state, no fact.
 */
export async function achievementFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const [registered, submitted] = await Promise.all([
    registeredInPeriod(db, q.scopePrefix, q.from, q.to),
    submittedInPeriod(db, q.scopePrefix, q.from, q.to),
  ]);
  const facts: ReportFact[] = [];
  const fact = (key: string, label: string, rows: { id: number; name: string }[], dimensions = {}): ReportFact => ({
    key,
    module: 'achievement',
    label,
    value: String(rows.length),
    unit: '项',
    dimensions,
    recordType: 'achievement',
    recordIds: rows.map((r) => r.id),
    recordNames: rows.map((r) => r.name),
    link: factLink(
      LINK,
      rows.map((r) => r.id),
    ),
  });
  if (registered.length > 0) {
    facts.push(fact('achievement.registered', '科技成果登记（期内登记）', registered));
    facts.push(registeredUnits(registered));
    for (const category of ACHIEVEMENT_CATEGORIES) {
      const rows = registered.filter((r) => r.category === category);
      if (rows.length === 0) continue;
      const label = `科技成果登记（${ACHIEVEMENT_CATEGORY_LABELS[category]}）`;
      facts.push(fact('achievement.registered-by-category', label, rows, { category }));
    }
  }
  if (submitted.length > 0) facts.push(fact('achievement.submitted', '科技成果登记申请（期内提交）', submitted));
  return facts;
}

/** The enterprises (first completing units in the register) with a registration in the period, by id. */
function registeredUnits(rows: { id: number; enterprise_id: number | null; first_unit_name: string }[]): ReportFact {
  const units = new Map<number, string>();
  for (const r of rows) if (r.enterprise_id !== null) units.set(r.enterprise_id, r.first_unit_name);
  return {
    key: 'achievement.registered-units',
    module: 'achievement',
    label: '开展科技成果登记的企业',
    value: String(units.size),
    unit: '家',
    dimensions: {},
    recordType: 'enterprise',
    recordIds: [...units.keys()],
    recordNames: [...units.values()],
    link: factLink('/enterprise/list', [...units.keys()]),
  };
}
