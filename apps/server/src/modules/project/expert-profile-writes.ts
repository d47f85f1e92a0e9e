import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { ZExpertProfileInput } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';

export type ProfileInput = z.infer<typeof ZExpertProfileInput>;

const columns = (p: Partial<ProfileInput>) => ({
  name: p.name,
  title: p.title,
  employer_credit_code: p.employerCreditCode === undefined ? undefined : (p.employerCreditCode?.toUpperCase() ?? null),
  employer_name: p.employerName,
  fields: p.fields,
  conflicts: p.conflicts === undefined ? undefined : JSON.stringify(p.conflicts),
});

/** Opens an expert's profile with its audit row, in the caller's transaction. */
export async function insertExpertProfile(
  trx: Transaction<DB>,
  actor: Actor,
  userId: number,
  regionCode: string,
  p: ProfileInput,
): Promise<void> {
  const row = await trx
    .insertInto('expert_profile')
    .values({
      ...columns(p),
      user_id: userId,
      region_code: regionCode,
      name: p.name,
      title: p.title ?? null,
      employer_credit_code: p.employerCreditCode?.toUpperCase() ?? null,
      employer_name: p.employerName ?? null,
      conflicts: JSON.stringify(p.conflicts),
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, actor, {
    action: 'project.expert.create',
    objectType: 'expert_profile',
    objectId: userId,
    regionCode,
    after: row,
  });
}

/** Changes an expert's profile under optimistic locking with its audit row, in the caller's transaction. */
export async function changeExpertProfile(
  trx: Transaction<DB>,
  actor: Actor,
  userId: number,
  version: number,
  p: Partial<ProfileInput>,
): Promise<void> {
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'expert_profile',
    key: 'user_id',
    id: userId,
    version,
    set: columns(p),
    what: '专家档案',
    userId: actor.id,
  });
  await writeAudit(trx, actor, {
    action: 'project.expert.update',
    objectType: 'expert_profile',
    objectId: userId,
    regionCode: String(after.region_code),
    before,
    after,
  });
}
