import type { Kysely } from 'kysely';
import {
  exact,
  factLink,
  MONEY_PARTIES,
  MONEY_PARTY_LABELS,
  OUTPUT_KIND_UNITS,
  type MoneyParty,
  type ReportFact,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { agreementsSignedIn } from './agreement.repository';
import { outputsIn, projectsActiveIn, projectsStartedIn } from './project.repository';

const AMOUNT_COLUMN: Record<MoneyParty, 'enterprise_amount' | 'partner_amount' | 'government_amount'> = {
  enterprise: 'enterprise_amount',
  partner: 'partner_amount',
  government: 'government_amount',
};

const sumOf = (values: (string | null)[]) =>
  exact.formatFixed(
    values.reduce((s, v) => (v === null ? s : exact.add(s, exact.parseDecimal(v))), exact.ratio(0n)),
    2,
    'half-up',
  );

/**
 * What the module states for the report (docs/architecture.md §2.4; the 2022 H1 report's §一.4 "四是院地院企科技
 * 合作"): agreements signed in the period, cooperation projects started in it, projects active during it, the
 * money of the projects started by party (元), and outputs registered by kind — each with the records behind it.
 */
export async function cooperationFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const [agreements, started, active, outputs] = await Promise.all([
    agreementsSignedIn(db, q.scopePrefix, q.from, q.to),
    projectsStartedIn(db, q.scopePrefix, q.from, q.to),
    projectsActiveIn(db, q.scopePrefix, q.from, q.to),
    outputsIn(db, q.scopePrefix, q.from, q.to),
  ]);
  const facts: ReportFact[] = [];
  const base = { module: 'cooperation', dimensions: {} as Record<string, string> };
  if (agreements.length) {
    const ids = agreements.map((a) => a.id);
    facts.push({
      ...base,
      key: 'cooperation.agreements-signed',
      label: '签订院地院企合作协议',
      value: String(ids.length),
      unit: '项',
      recordType: 'cooperation_agreement',
      recordIds: ids,
      recordNames: agreements.map((a) => a.title),
      link: factLink('/cooperation/agreements', ids),
    });
  }
  if (started.length) {
    const ids = started.map((p) => p.id);
    facts.push({
      ...base,
      key: 'cooperation.projects-started',
      label: '签订院地院企科技合作项目',
      value: String(ids.length),
      unit: '项',
      recordType: 'cooperation_project',
      recordIds: ids,
      recordNames: started.map((p) => p.name),
      link: factLink('/cooperation/projects', ids),
    });
    for (const party of MONEY_PARTIES) {
      const funded = started.filter((p) => p[AMOUNT_COLUMN[party]] !== null);
      if (funded.length === 0) continue;
      const fundedIds = funded.map((p) => p.id);
      facts.push({
        ...base,
        key: 'cooperation.project-money',
        label: `院地院企合作项目${MONEY_PARTY_LABELS[party]}`,
        value: sumOf(funded.map((p) => p[AMOUNT_COLUMN[party]])),
        unit: '元',
        dimensions: { party },
        recordType: 'cooperation_project',
        recordIds: fundedIds,
        recordNames: funded.map((p) => p.name),
        link: factLink('/cooperation/projects', fundedIds),
      });
    }
  }
  if (active.length) {
    const ids = active.map((p) => p.id);
    facts.push({
      ...base,
      key: 'cooperation.projects-active',
      label: '在实施的院地院企合作项目',
      value: String(ids.length),
      unit: '项',
      recordType: 'cooperation_project',
      recordIds: ids,
      recordNames: active.map((p) => p.name),
      link: factLink('/cooperation/projects', ids),
    });
  }
  // Outputs by kind: how many were registered (the people a 培养人才 output trained are in its name).
  const kinds = [...new Set(outputs.map((o) => o.kind))];
  for (const kind of kinds) {
    const mine = outputs.filter((o) => o.kind === kind);
    const ids = mine.map((o) => o.id);
    facts.push({
      ...base,
      key: 'cooperation.outputs',
      label: `院地院企合作成果（${mine[0].kind_label ?? kind}）`,
      value: String(ids.length),
      unit: '项',
      dimensions: { kind },
      recordType: 'cooperation_output',
      recordIds: ids,
      recordNames: mine.map(
        (o) => `${o.title}${o.count > 1 ? `（${o.count}${OUTPUT_KIND_UNITS[kind] ?? '项'}）` : ''}`,
      ),
      link: factLink('/cooperation/outputs', ids),
    });
  }
  return facts;
}
