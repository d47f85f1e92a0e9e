import type { Kysely } from 'kysely';
import { EVAL_GRADE_LABELS, EVAL_GRADES, factLink, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { FactsQuery } from '../../../platform/module-kit/module';
import { resultsGradedIn, roundsOpenedIn } from './evaluation.repository';

/**
 * What the evaluation states for the report (docs/rules.md §5.4; report 一.2 组织开展省级科技企业孵化器、众创空间综合
 * 评价工作): the rounds opened in the period, and the results of rounds graded in it by grade and with 摘牌 proposed,
 * each with the records behind it. Nothing to state, no fact.
 */
export async function evaluationFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const [rounds, results] = await Promise.all([
    roundsOpenedIn(db, q.scopePrefix, q.from, q.to),
    resultsGradedIn(db, q.scopePrefix, q.from, q.to),
  ]);
  const facts: ReportFact[] = [];
  if (rounds.length) {
    const ids = rounds.map((r) => r.id);
    facts.push({
      key: 'tech-platform.evaluation-rounds',
      module: 'tech-platform',
      label: '组织开展孵化器、众创空间综合评价',
      value: String(rounds.length),
      unit: '次',
      dimensions: {},
      recordType: 'tech_platform_eval_round',
      recordIds: ids,
      recordNames: rounds.map((r) => r.title),
      link: factLink('/tech-platform/evaluation', ids),
    });
  }
  const graded = (rows: typeof results, key: string, label: string, dimensions: Record<string, string>) => {
    if (!rows.length) return;
    const ids = rows.map((r) => r.id);
    facts.push({
      key,
      module: 'tech-platform',
      label,
      value: String(rows.length),
      unit: '家',
      dimensions,
      recordType: 'tech_platform_eval_entry',
      recordIds: ids,
      recordNames: rows.map((r) => r.name),
      link: factLink('/tech-platform/evaluation/results', ids),
    });
  };
  for (const g of EVAL_GRADES) {
    const rows = results.filter((r) => r.grade === g);
    graded(rows, 'tech-platform.evaluation-results', `综合评价${EVAL_GRADE_LABELS[g]}（${g}）`, { grade: g });
  }
  graded(
    results.filter((r) => r.revocation_proposed),
    'tech-platform.evaluation-revocations',
    '连续不合格建议摘牌',
    {},
  );
  return facts;
}
