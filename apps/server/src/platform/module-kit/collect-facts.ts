import type { Kysely } from 'kysely';
import type { ReportFact } from '@kechuang/domain';
import type { DB } from '../db/schema';
import type { FactsQuery, ServerModule } from './module';

/** Every module's facts for one region and period, module by module in registration order (only the wanted ones). */
export async function collectFacts(
  db: Kysely<DB>,
  modules: readonly ServerModule[],
  query: FactsQuery,
): Promise<ReportFact[]> {
  const facts: ReportFact[] = [];
  for (const module of modules) {
    if (!module.facts) continue;
    if (query.wanted && !query.wanted.some((key) => key.startsWith(`${module.name}.`))) continue;
    for (const fact of await module.facts(db, query)) {
      if (query.wanted && !query.wanted.includes(fact.key)) continue;
      if (fact.module !== module.name || !fact.key.startsWith(`${module.name}.`)) {
        throw new Error(`fact ${fact.key} of module ${module.name} must carry its module name`);
      }
      facts.push(fact);
    }
  }
  return facts;
}

/** Every mounted module's facts for a query: what a module reads when it builds on the others' facts. */
export type FactSource = (db: Kysely<DB>, query: FactsQuery) => Promise<ReportFact[]>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The mounted modules' facts (decorated by mountModules before any module's routes). */
    collectFacts: FactSource;
  }
}
