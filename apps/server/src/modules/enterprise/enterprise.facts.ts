import { sql, type Kysely } from 'kysely';
import { factLink, STAGE_LABELS, TIER_LABELS, type ReportFact, type Stage, type Tier } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';

const LIST = '/enterprise/qualifications';

interface Group {
  tier: string;
  stage: string | null;
  ids: number[];
  names: string[];
}

/** One fact per group of qualification records: the enterprises behind it, by name, in id order. */
function toFacts(key: string, label: (g: Group) => string, groups: Group[]): ReportFact[] {
  return groups.map((g): ReportFact => ({
    key,
    module: 'enterprise',
    label: label(g),
    value: String(g.ids.length),
    unit: '家',
    dimensions: g.stage ? { tier: g.tier, stage: g.stage } : { tier: g.tier },
    recordType: 'qualification',
    recordIds: g.ids.map(Number),
    recordNames: g.names,
    link: factLink(LIST, g.ids),
  }));
}

/**
 * The cultivation ladder in a period: enterprises 入库/认定 per tier (certified in the period), applications per
 * tier and per tier and current stage (applied in the period: "5 家申报，3 家进入公示"), and the enterprises
 * in cultivation per tier in the period's year(s).
 */
export async function enterpriseFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const base = db
    .selectFrom('qualification as q')
    .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
    .where(codeStartsWith('q.region_code', q.scopePrefix));
  const grouped = (by: 'tier' | 'tier-stage') =>
    [
      'q.tier',
      by === 'tier-stage' ? sql<string>`q.stage`.as('stage') : sql<null>`null`.as('stage'),
      sql<number[]>`array_agg(q.id order by q.id)`.as('ids'),
      sql<string[]>`array_agg(e.name order by q.id)`.as('names'),
    ] as const;
  const inPeriod = (column: 'q.certified_on' | 'q.applied_on') =>
    sql<boolean>`${sql.ref(column)} between ${q.from}::date and ${q.to}::date`;
  const [certified, applied, appliedByStage, cultivating, holding] = await Promise.all([
    base.select(grouped('tier')).where(inPeriod('q.certified_on')).groupBy('q.tier').orderBy('q.tier').execute(),
    base.select(grouped('tier')).where(inPeriod('q.applied_on')).groupBy('q.tier').orderBy('q.tier').execute(),
    base
      .select(grouped('tier-stage'))
      .where(inPeriod('q.applied_on'))
      .groupBy(['q.tier', 'q.stage'])
      .orderBy('q.tier')
      .orderBy('q.stage')
      .execute(),
    base
      .select(grouped('tier'))
      .where('q.stage', '=', 'cultivating')
      .where('q.year', '>=', Number(q.from.slice(0, 4)))
      .where('q.year', '<=', Number(q.to.slice(0, 4)))
      .groupBy('q.tier')
      .orderBy('q.tier')
      .execute(),
    // Held at the period's last day: certified by then and still valid (an expired record was valid until its
    // end; a revoked one is not counted, its date of revocation being unknown).
    base
      .select(grouped('tier'))
      .where('q.stage', 'in', ['certified', 'expired'])
      .where('q.certified_on', '<=', q.to)
      .where((w) => w.or([w('q.valid_until', 'is', null), w('q.valid_until', '>=', q.to)]))
      .groupBy('q.tier')
      .orderBy('q.tier')
      .execute(),
  ]);
  const tier = (g: Group) => TIER_LABELS[g.tier as Tier] ?? g.tier;
  return [
    ...toFacts('enterprise.certified', (g) => `${tier(g)}入库（认定）`, certified),
    ...toFacts('enterprise.applied', (g) => `申报${tier(g)}`, applied),
    ...toFacts(
      'enterprise.applied-by-stage',
      (g) => `申报${tier(g)}，现处于${STAGE_LABELS[g.stage as Stage] ?? g.stage}阶段`,
      appliedByStage,
    ),
    ...toFacts('enterprise.cultivating', (g) => `${tier(g)}培育对象`, cultivating),
    ...toFacts('enterprise.holding', (g) => `有效期内的${tier(g)}`, holding),
  ];
}
