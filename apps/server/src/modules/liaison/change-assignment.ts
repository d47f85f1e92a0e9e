import { sql, type Kysely, type Transaction } from 'kysely';
import type { TLiaisonAssignmentChange, TLiaisonAssignmentEnd } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findAssignment } from './assignment.repository';
import { assertCadreCovers, cadreRef, enterpriseRef, refuse } from './liaison-refs';
import { assertCanWrite } from './liaison.policy';

type AssignmentRow = Record<string, unknown> & { region_code: string; enterprise_id: number };

/** Another lead of the same enterprise overlapping [from, to]: a 409 naming its cadre (one lead at a time). */
async function assertNoOtherLead(trx: Transaction<DB>, id: number, enterpriseId: number, from: string, to: string) {
  const other = await trx
    .selectFrom('liaison_assignment as a')
    .innerJoin('app_user as u', 'u.id', 'a.cadre_id')
    .select(['u.display_name', 'a.end_on'])
    .where('a.enterprise_id', '=', enterpriseId)
    .where('a.id', '<>', id)
    .where('a.start_on', '<=', to)
    .where('a.end_on', '>=', from)
    .executeTakeFirst();
  if (other) {
    throw new AppError(
      'CONFLICT',
      `该企业在该期间已有包联干部 ${other.display_name}（至 ${other.end_on}），一家企业同一时间只能有一名包联干部`,
    );
  }
}

async function current(db: Kysely<DB>, auth: UseCaseContext['auth'], id: number) {
  const a = await db
    .selectFrom('liaison_assignment')
    .select(['id', 'region_code', 'enterprise_id', 'start_on', 'end_on'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!a) throw notFound('包联分配');
  assertCanWrite(auth, a.region_code);
  return a;
}

/**
 * Corrects an assignment (docs/rules.md §5.7.1): another cadre of the enterprise's region, another period, a remark;
 * the enterprise keeps one lead at a time; under optimistic locking; the reason in the audit row.
 */
export async function changeAssignment(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  input: TLiaisonAssignmentChange,
) {
  const a = await current(db, auth, id);
  const enterprise = await enterpriseRef(db, a.enterprise_id);
  const cadre = await cadreRef(db, input.cadreId);
  assertCadreCovers(cadre, enterprise);
  await db.transaction().execute(async (trx) => {
    await sql`select id from enterprise where id = ${a.enterprise_id} for update`.execute(trx);
    await assertNoOtherLead(trx, id, a.enterprise_id, input.startOn, input.endOn);
    const { before, after, auditHead } = await updateVersioned<AssignmentRow>(trx, {
      table: 'liaison_assignment',
      key: 'id',
      id,
      version: input.version,
      set: { cadre_id: cadre.id, start_on: input.startOn, end_on: input.endOn, remark: input.remark },
      what: '包联分配',
      userId: actor.id,
      auditChain: 'region_code',
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'liaison.assignment-update',
        objectType: 'liaison_assignment',
        objectId: id,
        regionCode: after.region_code,
        before,
        after,
        details: { reason: input.reason },
      },
      { head: auditHead! },
    );
  });
  return (await findAssignment(db, id))!;
}

/**
 * Ends an assignment before its end date: the new end lies within its period and before the old end (400 naming
 * 结束日期 otherwise); visits already recorded stay; the reason in the audit row.
 */
export async function endAssignment(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  input: TLiaisonAssignmentEnd,
) {
  const a = await current(db, auth, id);
  if (input.endOn < a.start_on) throw refuse('endOn', `结束日期不能早于开始日期 ${a.start_on}`);
  if (input.endOn >= a.end_on) throw refuse('endOn', `提前结束的日期须早于原结束日期 ${a.end_on}`);
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<AssignmentRow>(trx, {
      table: 'liaison_assignment',
      key: 'id',
      id,
      version: input.version,
      set: { end_on: input.endOn },
      what: '包联分配',
      userId: actor.id,
      auditChain: 'region_code',
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'liaison.assignment-end',
        objectType: 'liaison_assignment',
        objectId: id,
        regionCode: after.region_code,
        before,
        after,
        details: { reason: input.reason },
      },
      { head: auditHead! },
    );
  });
  return (await findAssignment(db, id))!;
}
