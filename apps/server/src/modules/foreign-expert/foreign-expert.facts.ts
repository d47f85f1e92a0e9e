import type { Kysely } from 'kysely';
import { factLink, type FactUnit, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { visitsInPeriod } from './facts.repository';
import { talentBasesRecognisedBy } from './talent-base.repository';

type Rows = { id: number; name: string }[];

function fact(
  key: string,
  label: string,
  unit: FactUnit,
  recordType: string,
  link: string,
  rows: Rows,
  dimensions: Record<string, string> = {},
): ReportFact {
  const ids = rows.map((r) => r.id);
  return {
    key,
    module: 'foreign-expert',
    label,
    value: String(rows.length),
    unit,
    dimensions,
    recordType,
    recordIds: ids,
    recordNames: rows.map((r) => r.name),
    link: factLink(link, ids),
  };
}

/**
 * What the module states for the report (docs/architecture.md §2.4, docs/rules.md §5.7), in the region asked:
 * - `foreign-expert.experts`: experts with a visit begun in the period, in all and by country (引进荷兰、英国等*名外国专家);
 * - `foreign-expert.visits`: the visits begun in the period;
 * - `foreign-expert.enterprises-served`: the enterprises those visits served (对爱味客、海升集团等企业进行技术指导服务);
 * - `foreign-expert.talent-bases`: 引智基地 recognised by the period's end and recognised still (建立引智引才基地2处).
 */
export async function foreignExpertFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const facts: ReportFact[] = [];
  const { visits, experts, enterprises } = await visitsInPeriod(db, q.scopePrefix, q.from, q.to);
  if (visits.length > 0) {
    facts.push(
      fact('foreign-expert.experts', '来访指导的外国专家', '名', 'foreign_expert', '/foreign-expert/experts', experts),
    );
    const countries = new Map<string, typeof experts>();
    for (const x of experts) countries.set(x.country, [...(countries.get(x.country) ?? []), x]);
    for (const [country, rows] of countries) {
      const label = `来访指导的外国专家（${rows[0].country_label ?? country}）`;
      facts.push(
        fact('foreign-expert.experts', label, '名', 'foreign_expert', '/foreign-expert/experts', rows, { country }),
      );
    }
    const named = visits.map((v) => ({ id: v.id, name: `${v.start_on} ${v.topics}`.slice(0, 60) }));
    facts.push(
      fact('foreign-expert.visits', '外国专家来访指导', '次', 'foreign_expert_visit', '/foreign-expert/visits', named),
    );
    facts.push(
      fact(
        'foreign-expert.enterprises-served',
        '外国专家指导服务的企业',
        '家',
        'enterprise',
        '/enterprise/list',
        enterprises,
      ),
    );
  }
  const bases = await talentBasesRecognisedBy(db, q.scopePrefix, q.to);
  if (bases.length > 0) {
    facts.push(
      fact(
        'foreign-expert.talent-bases',
        '引智基地（已认定）',
        '个',
        'tech_platform',
        '/tech-platform/platforms',
        bases,
      ),
    );
  }
  return facts;
}
