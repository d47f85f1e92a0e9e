import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZCreateEvalSchemeRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertCanIssueScheme } from './evaluation.policy';
import { latestSchemeVersion } from './evaluation.repository';

/**
 * Issues the next version of a kind and level's indicator scheme (docs/rules.md §5.4): the definition was
 * validated by its schema (weights adding up to 100, cut-offs in order, items that exist); rounds opened later for
 * its effective year on take it, rounds already open keep theirs.
 */
export async function createEvalScheme(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.infer<typeof ZCreateEvalSchemeRequest>,
) {
  assertCanIssueScheme(auth);
  return db.transaction().execute(async (trx) => {
    const version = (await latestSchemeVersion(trx, input.kind, input.level)) + 1;
    const row = await trx
      .insertInto('tech_platform_eval_scheme')
      .values({
        kind: input.kind,
        level: input.level,
        version,
        effective_year: input.effectiveYear,
        name: input.name,
        source: input.source,
        definition: JSON.stringify(input.definition),
        created_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'tech-platform.evaluation.scheme',
      objectType: 'tech_platform_eval_scheme',
      objectId: row.id,
      after: row,
    });
    return row;
  });
}
