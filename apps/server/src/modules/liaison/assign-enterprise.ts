import { sql, type Kysely, type Transaction } from 'kysely';
import type { TLiaisonAssignmentInput } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { findAssignment, leadsOverlapping } from './assignment.repository';
import { assertCadreCovers, cadreRef, enterpriseRef } from './liaison-refs';
import { assertCanWrite } from './liaison.policy';

export interface NewAssignment {
  enterprise: { id: number; name: string; region_code: string };
  cadre: { id: number; display_name: string };
  startOn: string;
  endOn: string;
  source: 'manual' | 'rule';
  ruleLabel?: string | null;
  remark?: string | null;
}

/**
 * Writes one lead assignment in the caller's transaction: the enterprise's row is locked first so two
 * assignments cannot both pass the check; an overlapping lead is a 409 naming the current cadre
 * (docs/rules.md §5.7.1: one lead cadre per enterprise at a time). The audit row and the timeline event go last.
 */
export async function insertAssignment(trx: Transaction<DB>, actor: Actor, a: NewAssignment): Promise<number> {
  await sql`select id from enterprise where id = ${a.enterprise.id} for update`.execute(trx);
  const lead = (await leadsOverlapping(trx, [a.enterprise.id], a.startOn, a.endOn)).get(a.enterprise.id);
  if (lead) {
    throw new AppError(
      'CONFLICT',
      `企业“${a.enterprise.name}”在该期间已有包联干部 ${lead.cadreName}（至 ${lead.endOn}），一家企业同一时间只能有一名包联干部`,
      { currentCadre: lead.cadreName, assignmentId: lead.assignmentId },
    );
  }
  const row = await trx
    .insertInto('liaison_assignment')
    .values({
      region_code: a.enterprise.region_code,
      enterprise_id: a.enterprise.id,
      cadre_id: a.cadre.id,
      start_on: a.startOn,
      end_on: a.endOn,
      source: a.source,
      rule_label: a.ruleLabel ?? null,
      remark: a.remark ?? null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(
    trx,
    actor,
    {
      action: 'liaison.assign',
      objectType: 'liaison_assignment',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    },
    {
      alongside: [
        enterpriseEventInsert(trx, actor, {
          enterpriseId: a.enterprise.id,
          regionCode: a.enterprise.region_code,
          module: 'liaison',
          kind: 'assign',
          title: `包联干部：${a.cadre.display_name}（${a.startOn} 至 ${a.endOn}）`,
          ref: { type: 'liaison_assignment', id: row.id },
        }),
      ],
    },
  );
  return row.id;
}

/** Assigns one enterprise to a cadre by hand: the enterprise in the user's region and in the cadre's (400 otherwise). */
export async function assignEnterprise(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TLiaisonAssignmentInput,
) {
  const enterprise = await enterpriseRef(db, input.enterpriseId);
  assertCanWrite(auth, enterprise.region_code);
  const cadre = await cadreRef(db, input.cadreId);
  assertCadreCovers(cadre, enterprise);
  const id = await db.transaction().execute((trx) =>
    insertAssignment(trx, actor, {
      enterprise,
      cadre,
      startOn: input.startOn,
      endOn: input.endOn,
      source: 'manual',
      remark: input.remark,
    }),
  );
  return (await findAssignment(db, id))!;
}
