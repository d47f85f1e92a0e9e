import type { Kysely } from 'kysely';
import {
  reportPeriod,
  resolveFromFacts,
  type FactPlaceholder,
  type RenderContext,
  type ReportFact,
  type ResolvedFact,
} from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { collectFacts } from '../../platform/module-kit/collect-facts';
import type { ServerModule } from '../../platform/module-kit/module';
import { readReportNames, type ReportNames } from './report-names';

/** The region a report is written for, refused in Chinese when the code names none. */
export async function reportRegion(db: Kysely<DB>, regionCode: string) {
  const region = await db
    .selectFrom('region')
    .select(['code', 'name', 'level'])
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region || region.level === 'township') {
    throw new AppError('VALIDATION_FAILED', `区划 ${regionCode} 不存在或不是县、市、省级区划`);
  }
  return region;
}

/** Competitions are named in templates by their name (the id differs between databases): add it as a dimension. */
async function withCompetitionNames(db: Kysely<DB>, facts: ReportFact[]): Promise<ReportFact[]> {
  const ids = [...new Set(facts.map((f) => f.dimensions.competitionId).filter(Boolean))].map(Number);
  if (!ids.length) return facts;
  const rows = await db.selectFrom('award_competition').select(['id', 'name']).where('id', 'in', ids).execute();
  const names = new Map(rows.map((r) => [String(r.id), r.name]));
  return facts.map((f) => {
    const name = names.get(f.dimensions.competitionId);
    return name ? { ...f, dimensions: { ...f.dimensions, competition: name } } : f;
  });
}

function resolver(facts: ReportFact[], names: ReportNames) {
  return (p: FactPlaceholder): ResolvedFact => {
    const shortOf = (f: ReportFact, i: number) => names.short(f.recordNames?.[i] ?? '');
    if (p.kind === 'pairs') return resolveFromFacts(facts, p, (f, i) => names.projectPairs.get(f.recordIds[i]) ?? '');
    if (p.kind === 'partners') {
      return resolveFromFacts(facts, p, (f, i) => names.agreementPartners.get(f.recordIds[i]) ?? '');
    }
    const resolved = resolveFromFacts(facts, p, shortOf);
    if (p.kind !== 'countries') return resolved;
    // The countries of the module's breakdown by country, in the order it states them.
    const byCountry = facts.filter(
      (f) =>
        f.key === p.key &&
        f.dimensions.country &&
        Object.entries(p.dimensions).every(([k, v]) => f.dimensions[k] === v),
    );
    return {
      ...resolved,
      names: byCountry.map((f) => names.countries.get(f.dimensions.country) ?? f.dimensions.country),
    };
  };
}

const WHOLE = { county: '全县', city: '全市', province: '全省' } as const;

/** Every fact of a region and period, and the context that renders a template against them. */
export async function reportContext(
  db: Kysely<DB>,
  modules: readonly ServerModule[],
  regionCode: string,
  periodCode: string,
): Promise<{ ctx: RenderContext; facts: ReportFact[]; region: { code: string; name: string; level: string } }> {
  const region = await reportRegion(db, regionCode);
  const period = reportPeriod(periodCode);
  if (!period) {
    throw new AppError('VALIDATION_FAILED', `统计期间“${periodCode}”不存在：须为年度（如 2022）或半年（如 2022H1）`);
  }
  const query = { regionCode, scopePrefix: regionScopePrefix(regionCode), period, from: period.from, to: period.to };
  const facts = await withCompetitionNames(db, await collectFacts(db, modules, query));
  const names = await readReportNames(db, facts);
  const words = {
    region: region.name,
    period: period.label,
    year: period.code.slice(0, 4),
    whole: WHOLE[region.level as keyof typeof WHOLE] ?? '全县',
  };
  return { ctx: { resolve: resolver(facts, names), words }, facts, region };
}
