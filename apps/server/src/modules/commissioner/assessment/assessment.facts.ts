import type { Kysely } from 'kysely';
import { ASSESSMENT_GRADE_LABELS, ASSESSMENT_GRADES, factLink, type ReportFact } from '@kechuang/domain';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import type { DB } from '../../../platform/db/schema';
import type { FactsQuery } from '../../../platform/module-kit/module';

/**
 * What the annual assessment states (docs/rules.md §5.1.1): the graded commissioners of the period's year by
 * grade, with the entries behind each. Nothing graded, no fact.
 */
export async function assessmentFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const year = Number(q.from.slice(0, 4));
  const rows = await db
    .selectFrom('commissioner_assessment_entry as x')
    .innerJoin('commissioner_assessment as a', 'a.id', 'x.assessment_id')
    .innerJoin('commissioner as c', 'c.id', 'x.commissioner_id')
    .select(['x.id', 'x.grade', 'c.name'])
    .where(codeStartsWith('x.region_code', q.scopePrefix))
    .where('a.year', '=', year)
    .where('x.grade', 'is not', null)
    .orderBy('x.id')
    .execute();
  const facts: ReportFact[] = [];
  for (const g of ASSESSMENT_GRADES) {
    const graded = rows.filter((r) => r.grade === g);
    if (!graded.length) continue;
    const ids = graded.map((r) => r.id);
    facts.push({
      key: 'commissioner.assessment-grades',
      module: 'commissioner',
      label: `${year}年度科技特派员考核${ASSESSMENT_GRADE_LABELS[g]}`,
      value: String(graded.length),
      unit: '名',
      dimensions: { grade: g, year: String(year) },
      recordType: 'commissioner_assessment_entry',
      recordIds: ids,
      recordNames: graded.map((r) => r.name),
      link: factLink('/commissioner/assessments', ids),
    });
  }
  return facts;
}
