import type { Kysely } from 'kysely';
import {
  exact,
  figureText,
  reportPeriod,
  resolveFromFacts,
  type FactPlaceholder,
  type ReportFact,
  type ReportParagraph,
  type ReportRun,
  type ReportSection,
} from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { collectFacts } from '../../platform/module-kit/collect-facts';
import type { ServerModule } from '../../platform/module-kit/module';

/** The indicators a city or province report ranks its counties (cities) on, and the modules that state them. */
const RANKED: { label: string; placeholder: FactPlaceholder; suffix: string }[] = [
  { label: '全社会研发经费', placeholder: p('wan', 'rd.approved-total'), suffix: '' },
  { label: '入库科技型中小企业', placeholder: p('count', 'enterprise.certified', { tier: 'tech_sme' }), suffix: '户' },
  { label: '申报科技项目', placeholder: p('count', 'project.applications'), suffix: '项' },
  { label: '科技创新平台', placeholder: p('count', 'tech-platform.platforms'), suffix: '个' },
];
const RANKING_MODULES = new Set(['rd', 'enterprise', 'project', 'tech-platform']);

function p(kind: FactPlaceholder['kind'], key: string, dimensions: Record<string, string> = {}): FactPlaceholder {
  return { kind, key, dimensions, source: `{{${kind} ${key}}}` };
}

/**
 * For a city (province): a section ranking its counties (cities) on a few indicators, each figure traced to its
 * records like any other. Nothing for a county.
 */
export async function rankingSection(
  db: Kysely<DB>,
  modules: readonly ServerModule[],
  region: { code: string; level: string },
  periodCode: string,
): Promise<ReportSection | null> {
  if (region.level !== 'city' && region.level !== 'province') return null;
  const period = reportPeriod(periodCode)!;
  const children = await db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('parent_code', '=', region.code)
    .where('level', '=', region.level === 'city' ? 'county' : 'city')
    .orderBy('code')
    .execute();
  const used = modules.filter((m) => RANKING_MODULES.has(m.name));
  const perChild: { child: { code: string; name: string }; facts: ReportFact[] }[] = [];
  for (const child of children) {
    const query = {
      regionCode: child.code,
      scopePrefix: regionScopePrefix(child.code),
      period,
      from: period.from,
      to: period.to,
    };
    perChild.push({ child, facts: await collectFacts(db, used, query) });
  }
  const paragraphs: ReportParagraph[] = RANKED.flatMap((r, i) => {
    const rows = perChild
      .map(({ child, facts }) => ({ child, resolved: resolveFromFacts(facts, r.placeholder, () => '') }))
      .filter((x) => x.resolved.recordIds.length > 0)
      .sort((a, b) => exact.cmp(exact.parseDecimal(b.resolved.value), exact.parseDecimal(a.resolved.value)));
    if (!rows.length) return [];
    const runs: ReportRun[] = [{ text: `${r.label}：` }];
    rows.forEach(({ child, resolved }, n) => {
      runs.push({ text: `${n ? '、' : ''}${child.name}` });
      const { key, dimensions } = r.placeholder;
      const text = `${figureText(r.placeholder, resolved)}${r.suffix}`;
      const { value, unit, recordType, recordIds, link } = resolved;
      runs.push({ figure: { text, factKey: key, dimensions, value, unit, recordType, recordIds, link } });
    });
    runs.push({ text: '。' });
    return [{ id: `ranking-${i + 1}`, runs }];
  });
  if (!paragraphs.length) return null;
  const heading = region.level === 'city' ? '各县区主要指标排名' : '各市州主要指标排名';
  return { id: 'ranking', level: 1, heading, paragraphs, sections: [] };
}
