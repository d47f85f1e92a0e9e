import type { Kysely } from 'kysely';
import { FOREIGN_EXPERT_COUNTRY_DICT, regionPrefixes, shortNamer, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';

/** The names a report prints for the records behind its facts, read once per generation. */
export interface ReportNames {
  short: (name: string) => string;
  /** cooperation_agreement id → the partner's full name (与无锡德瑞致远新材料科技有限公司…签订). */
  agreementPartners: Map<number, string>;
  /** cooperation_project id → '诚泰药业与省农科院'. */
  projectPairs: Map<number, string>;
  /** Country code → 荷兰. */
  countries: Map<string, string>;
}

const idsOf = (facts: readonly ReportFact[], recordType: string) => [
  ...new Set(facts.filter((f) => f.recordType === recordType).flatMap((f) => f.recordIds)),
];

export async function readReportNames(db: Kysely<DB>, facts: readonly ReportFact[]): Promise<ReportNames> {
  const overrides = await db.selectFrom('report_short_name').select(['name', 'short_name']).execute();
  const regions = await db.selectFrom('region').select('name').where('level', '!=', 'township').execute();
  const prefixes = regionPrefixes(regions.map((r) => r.name));
  const short = shortNamer(new Map(overrides.map((r) => [r.name, r.short_name])), prefixes);
  const agreementIds = idsOf(facts, 'cooperation_agreement');
  const agreements = agreementIds.length
    ? await db
        .selectFrom('cooperation_agreement as a')
        .leftJoin('cooperation_partner as p', 'p.id', 'a.partner_id')
        .leftJoin('enterprise as e', 'e.id', 'a.enterprise_id')
        .select(['a.id', 'p.name as partner', 'e.name as enterprise'])
        .where('a.id', 'in', agreementIds)
        .execute()
    : [];
  const projectIds = idsOf(facts, 'cooperation_project');
  const projects = projectIds.length
    ? await db
        .selectFrom('cooperation_project as c')
        .innerJoin('cooperation_partner as p', 'p.id', 'c.partner_id')
        .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
        .select(['c.id', 'p.name as partner', 'e.name as enterprise'])
        .where('c.id', 'in', projectIds)
        .execute()
    : [];
  const countries = await db
    .selectFrom('dict_item')
    .select(['value', 'label'])
    .where('type_code', '=', FOREIGN_EXPERT_COUNTRY_DICT)
    .execute();
  return {
    short,
    agreementPartners: new Map(agreements.map((a) => [a.id, a.partner ?? a.enterprise ?? ''])),
    projectPairs: new Map(projects.map((p) => [p.id, `${short(p.enterprise)}与${short(p.partner)}`])),
    countries: new Map(countries.map((c) => [c.value, c.label])),
  };
}
