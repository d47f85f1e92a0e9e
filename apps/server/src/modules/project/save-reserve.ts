import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { ZReserveInput, ZUpdateReserveRequest } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { createApplication, type NewApplication } from './save-application';

type ReserveInput = z.infer<typeof ZReserveInput>;
type ReservePatch = Omit<z.infer<typeof ZUpdateReserveRequest>, 'version'>;

/** Adds a project idea planned with an enterprise to the reserve (储备库). */
export async function createReserve(
  trx: Transaction<DB>,
  actor: Actor,
  regionCode: string,
  input: ReserveInput,
): Promise<number> {
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
  await writeAudit(trx, actor, {
    action: 'project.reserve.create',
    objectType: 'project_reserve',
    objectId: row.id,
    regionCode,
    after: row,
  });
  await recordEnterpriseEvent(trx, actor, {
    enterpriseId: input.enterpriseId,
    regionCode,
    module: 'project',
    kind: 'reserve-created',
    title: `纳入项目储备：${input.title}`,
    detail: `拟于 ${input.plannedYear} 年申报`,
    ref: { type: 'project_reserve', id: row.id },
  });
  return row.id;
}

/** Edits a reserve entry (or drops it) under optimistic locking; a promoted entry is fixed. */
export async function updateReserve(
  trx: Transaction<DB>,
  actor: Actor,
  id: number,
  version: number,
  patch: ReservePatch,
): Promise<void> {
  const set = {
    title: patch.title,
    category: patch.category,
    planned_year: patch.plannedYear,
    summary: patch.summary,
    estimated_amount: patch.estimatedAmount,
    contact: patch.contact,
    status: patch.status,
  };
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'project_reserve',
    key: 'id',
    id,
    version,
    set,
    what: '储备项目',
    userId: actor.id,
  });
  if (before.status === 'promoted') throw new AppError('CONFLICT', '该储备项目已转为申报书，不能再修改');
  await writeAudit(trx, actor, {
    action: 'project.reserve.update',
    objectType: 'project_reserve',
    objectId: id,
    regionCode: String(after.region_code),
    before,
    after,
  });
}

/** Turns a reserve entry into a draft application to an open call and marks it promoted. */
export async function promoteReserve(
  trx: Transaction<DB>,
  actor: Actor,
  reserve: { id: number; version: number; status: string; title: string; estimated_amount: string | null },
  target: Omit<NewApplication, 'title' | 'data' | 'requestedAmount' | 'reserveId' | 'onBehalf'>,
): Promise<number> {
  if (reserve.status !== 'planned') {
    throw new AppError(
      'CONFLICT',
      `储备项目“${reserve.title}”${reserve.status === 'promoted' ? '已转为申报书' : '已放弃'}，不能再转申报`,
    );
  }
  const applicationId = await createApplication(trx, actor, {
    ...target,
    title: reserve.title,
    data: {},
    requestedAmount: reserve.estimated_amount,
    reserveId: reserve.id,
    onBehalf: true,
  });
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'project_reserve',
    key: 'id',
    id: reserve.id,
    version: reserve.version,
    set: { status: 'promoted', application_id: applicationId },
    what: '储备项目',
    userId: actor.id,
  });
  await writeAudit(trx, actor, {
    action: 'project.reserve.promote',
    objectType: 'project_reserve',
    objectId: reserve.id,
    regionCode: String(after.region_code),
    before,
    after,
    details: { applicationId },
  });
  return applicationId;
}
