import type { Insertable, Kysely } from 'kysely';
import { chinaToday, type TCommissionerInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { checkCommissioner, commissionerColumns } from './commissioner-input';
import { assertCanWrite } from './commissioner.policy';
import { findCommissioner, type CommissionerRow } from './commissioner.repository';
import { auditedRow } from './audited-row';
import type { CommissionerTable } from './commissioner.tables';

/**
 * Adds a commissioner (state 已申请) in a county of the user's region: in one transaction the fields are checked
 * (county, dictionaries, login, term — its end defaulting to the level's term_years —, duplicate within level and
 * batch), the row written with the ID number sealed, its first history row, and the audit row last.
 */
export async function createCommissioner(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCommissionerInput,
): Promise<CommissionerRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    const { termEnd } = await checkCommissioner(trx, input, input, input.idNumber);
    const row = await trx
      .insertInto('commissioner')
      .values({
        ...(commissionerColumns(input) as Insertable<CommissionerTable>),
        term_end: termEnd,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('commissioner_history')
      .values({
        commissioner_id: row.id,
        region_code: row.region_code,
        from_state: null,
        to_state: 'applied',
        on_date: chinaToday(),
        reason: null,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(trx, actor, {
      action: 'commissioner.create',
      objectType: 'commissioner',
      objectId: row.id,
      regionCode: row.region_code,
      after: auditedRow(row),
    });
    return row.id;
  });
  return (await findCommissioner(db, id))!;
}
