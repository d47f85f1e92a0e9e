import type { Kysely } from 'kysely';
import type { ReportFact } from '@kechuang/domain';
import type { DB } from '../db/schema';
import type { FactsQuery, ServerModule } from './module';

/** Every module's facts for one region and period, module by module in registration order. */
export async function collectFacts(
  db: Kysely<DB>,
  modules: readonly ServerModule[],
  query: FactsQuery,
): Promise<ReportFact[]> {
  const facts: ReportFact[] = [];
  for (const module of modules) {
    if (!module.facts) continue;
    for (const fact of await module.facts(db, query)) {
      if (fact.module !== module.name || !fact.key.startsWith(`${module.name}.`)) {
        throw new Error(`fact ${fact.key} of module ${module.name} must carry its module name`);
      }
      facts.push(fact);
    }
  }
  return facts;
}
