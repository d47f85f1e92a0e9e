import type { Kysely } from 'kysely';
import type { TAgreementInput } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertCanChange } from '../commissioner.policy';
import { readCommissioner } from '../read-commissioner';
import { agreementColumns } from './agreement-input';
import { agreementEvent } from './agreement-events';

/**
 * Signs a 三方协议 (docs/rules.md §5.1) for a commissioner of the user's region: service object and dates checked,
 * the row, the enterprise's timeline event when the object is an enterprise, the audit row last.
 */
export async function createAgreement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  commissionerId: number,
  input: TAgreementInput,
) {
  const c = await readCommissioner(db, auth, commissionerId);
  assertCanChange(auth, c);
  const columns = await agreementColumns(db, auth, c, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('commissioner_agreement')
      .values({
        ...columns,
        commissioner_id: c.id,
        region_code: c.region_code,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const events = agreementEvent(trx, actor, row, 'agreement-signed', `与科技特派员${c.name}签订三方协议`);
    await writeAudit(
      trx,
      actor,
      {
        action: 'commissioner.agreement.create',
        objectType: 'commissioner_agreement',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
        details: { commissionerId: c.id },
      },
      { alongside: events },
    );
    return row;
  });
}
