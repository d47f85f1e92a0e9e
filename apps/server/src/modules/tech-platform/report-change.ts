import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findChange } from './dossier.repository';
import { readTechPlatform } from './read-tech-platform';
import { assertCanChange } from './tech-platform.policy';

/** Marks a 变更 entry as reported to the recognising authority on a date (then no reminder is sent for it). */
export async function reportChange(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  changeId: number,
  reportedOn: string,
): Promise<void> {
  const c = await findChange(db, changeId);
  if (!c) throw notFound('变更记录');
  const { row: p } = await readTechPlatform(db, auth, c.platform_id);
  assertCanChange(auth, p);
  if (c.reported_on) throw new AppError('CONFLICT', `该变更已于 ${c.reported_on} 报告`);
  if (reportedOn < c.changed_on) {
    const message = `报告日期不能早于变更日期 ${c.changed_on}`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'reportedOn', message }]);
  }
  await db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('tech_platform_change')
      .set({ reported_on: reportedOn, updated_by: actor.id, updated_at: new Date(), version: c.version + 1 })
      .where('id', '=', c.id)
      .where('reported_on', 'is', null)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'tech-platform.change.report',
      objectType: 'tech_platform_change',
      objectId: c.id,
      regionCode: c.region_code,
      before: c,
      after,
    });
  });
}
