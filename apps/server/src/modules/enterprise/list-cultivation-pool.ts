import type { Kysely } from 'kysely';
import {
  chinaToday,
  evaluateHighTech,
  evaluateTechSme,
  type PoolTarget,
  type TPoolEntry,
  type TPoolResponse,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { ASSUMPTIONS, highTechInputFrom, techSmeInputFrom } from './assessment-input';
import { listPoolEnterprises, listValidHighTechHolders, listYearlyFigures } from './assessment.repository';
import { enterpriseScope } from './enterprise.policy';
import { missingFigures } from './missing-figures';

export interface PoolQuery {
  target: PoolTarget;
  township?: string;
  onlyCandidates?: boolean;
  /** The day the engines judge on; today (Beijing) when not given. */
  asOf?: string;
}

type PoolEnterprise = Awaited<ReturnType<typeof listPoolEnterprises>>[number];
type Yearly = Awaited<ReturnType<typeof listYearlyFigures>>;

/**
 * 培育库: the rule engines run over the register in scope — who is close to the next rung, and what each one
 * lacks. Enterprises without yearly figures are left out; candidates first, then those lacking least.
 */
export async function listCultivationPool(db: Kysely<DB>, auth: AuthContext, query: PoolQuery): Promise<TPoolResponse> {
  const { target, township, onlyCandidates } = query;
  const asOf = query.asOf ?? chinaToday();
  const enterprises = await listPoolEnterprises(db, enterpriseScope(auth), { target, township, asOf });
  if (enterprises.length === 0) return { target, assumptions: ASSUMPTIONS, data: [] };
  const ids = enterprises.map((e) => e.id);
  const yearly = await listYearlyFigures(db, ids);
  const highTechHolders = await listValidHighTechHolders(db, asOf);
  const data: TPoolEntry[] = [];
  for (const e of enterprises) {
    const years = yearly.filter((y) => y.enterprise_id === e.id);
    if (years.length === 0) continue;
    data.push(assess(e, years, { target, asOf, holdsHighTech: highTechHolders.has(e.id) }));
  }
  const order = { candidate: 0, gap: 1, insufficient: 2 };
  const sorted = data.sort((a, b) => order[a.standing] - order[b.standing] || a.lacking.length - b.lacking.length);
  return { target, assumptions: ASSUMPTIONS, data: onlyCandidates ? sorted.filter((d) => d.candidate) : sorted };
}

/** One enterprise against the target's engine; figures the engine refuses make an entry saying so. */
function assess(
  e: PoolEnterprise,
  years: Yearly,
  o: { target: PoolTarget; asOf: string; holdsHighTech: boolean },
): TPoolEntry {
  const last = years[years.length - 1];
  const entry = { enterpriseId: e.id, name: e.name, townshipName: e.township_name, year: last.year };
  const missing = missingFigures(o.target, e, years);
  if (missing.length) {
    return {
      ...entry,
      score: null,
      scoreRange: null,
      candidate: false,
      standing: 'insufficient',
      lacking: missing,
      summary: `数据不足，无法判断：${missing.join('；')}。请在企业名录补录年度数据。`,
    };
  }
  try {
    if (o.target === 'tech_sme') {
      const r = evaluateTechSme(techSmeInputFrom(e, last, o.holdsHighTech));
      const lacking = [...r.eligibility.conditions, ...r.gates].filter((c) => !c.passed).map((c) => c.message);
      return {
        ...entry,
        score: r.scores.total,
        scoreRange: null,
        candidate: r.verdict.qualifies,
        standing: r.verdict.qualifies ? 'candidate' : 'gap',
        lacking,
        summary: r.verdict.summary,
      };
    }
    // The register holds the conditions' figures but not what the innovation evaluation scores (IP grades,
    // conversions, R&D management): the pool judges the conditions and leaves the 71 points to the self-assessment.
    const r = evaluateHighTech(highTechInputFrom(e, years, o.asOf));
    const lacking = r.conditions.filter((c) => !c.passed).map((c) => c.message);
    return {
      ...entry,
      score: null,
      scoreRange: null,
      candidate: r.conditionsPassed,
      standing: r.conditionsPassed ? 'candidate' : 'gap',
      lacking,
      summary: r.conditionsPassed
        ? `认定条件均满足；创新能力评价（须高于 ${r.innovation.passScore - 1} 分）要看知识产权、成果转化和研发组织管理，名录未记录，请做高企自评测算`
        : `不符合高新技术企业认定条件（${lacking.length} 项未满足）`,
    };
  } catch (err) {
    return {
      ...entry,
      score: null,
      scoreRange: null,
      candidate: false,
      standing: 'insufficient',
      lacking: [`数据不完整，无法评估：${err instanceof Error ? err.message.slice(0, 200) : String(err)}`],
      summary: '数据不完整',
    };
  }
}
