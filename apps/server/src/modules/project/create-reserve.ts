import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZReserveInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { findApplicant } from './application.repository';
import { assertStaffKeeps } from './project.policy';

/** Staff add a project idea planned with an enterprise of their region to the reserve (储备库); returns its id. */
export async function createReserve(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.infer<typeof ZReserveInput>,
): Promise<number> {
  const enterprise = await findApplicant(db, input.enterpriseId);
  assertStaffKeeps(auth, enterprise, '企业');
  const regionCode = enterprise.region_code;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('project_reserve')
      .values({
        region_code: regionCode,
        enterprise_id: input.enterpriseId,
        title: input.title,
        category: input.category,
        planned_year: input.plannedYear,
        summary: input.summary ?? null,
        estimated_amount: input.estimatedAmount ?? null,
        contact: input.contact ?? null,
        application_id: null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: input.enterpriseId,
      regionCode,
      module: 'project',
      kind: 'reserve-created',
      title: `纳入项目储备：${input.title}`,
      detail: `拟于 ${input.plannedYear} 年申报`,
      ref: { type: 'project_reserve', id: row.id },
    });
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'project.reserve.create',
      objectType: 'project_reserve',
      objectId: row.id,
      regionCode,
      after: row,
    });
    return row.id;
  });
}
