import { exact, resolveFromFacts, type ReportFact } from '@kechuang/domain';

/** The indicators sections 二 and 三 speak of, with the values the facts give (shown beside the narrative). */
const NARRATIVE_INDICATORS = [
  { key: 'rd.intensity', name: '研发经费投入强度', dimensions: {} },
  { key: 'rd.approved-total', name: '全社会研发经费（已审核）', dimensions: {} },
  { key: 'tech-platform.platforms', name: '科技创新平台', dimensions: {} },
  { key: 'enterprise.certified', name: '高新技术企业（本期认定）', dimensions: { tier: 'high_tech' } },
  { key: 'enterprise.certified', name: '科技型中小企业（本期入库）', dimensions: { tier: 'tech_sme' } },
] as const;

export function narrativeIndicators(facts: readonly ReportFact[]) {
  return NARRATIVE_INDICATORS.map((i) => {
    const p = { kind: 'count' as const, key: i.key, dimensions: { ...i.dimensions }, source: i.key };
    const r = resolveFromFacts(facts, p, () => '');
    const unit = r.unit || (i.key === 'rd.intensity' ? '%' : '');
    return { key: i.key, name: i.name, value: exact.formatPlain(exact.parseDecimal(r.value), 2), unit };
  });
}
