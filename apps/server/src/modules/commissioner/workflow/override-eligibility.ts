import type { Kysely, Selectable } from 'kysely';
import type { TEligibilityOverrideRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import type { UseCaseContext } from '../../../platform/http/types';
import { auditedRow } from '../audited-row';
import { assertCanChange } from '../commissioner.policy';
import type { CommissionerTable } from '../commissioner.tables';
import { eligibilityOf, levelRule } from '../level-rules';
import { readCommissioner } from '../read-commissioner';
import { refuse } from './move-commissioner';

/**
 * Staff's reason for appointing a person who fails a rule of docs/rules.md §5.1 (kept in eligibility_override,
 * audited with the failed checks). Refused when nothing fails: an override is for an exception only.
 */
export async function overrideEligibility(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  req: TEligibilityOverrideRequest,
): Promise<void> {
  const row = await readCommissioner(db, auth, id);
  assertCanChange(auth, row);
  const result = eligibilityOf(row, await levelRule(db, row.level), row.appointed_on ?? row.term_start);
  if (result.passed) throw refuse('reason', '该人员符合资格条件，无需填写例外原因');
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<CommissionerTable>>(trx, {
      table: 'commissioner',
      key: 'id',
      id,
      version: req.version,
      set: { eligibility_override: req.reason },
      what: '科技特派员',
      userId: actor.id,
      auditChain: 'region_code',
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'commissioner.eligibility-override',
        objectType: 'commissioner',
        objectId: id,
        regionCode: row.region_code,
        before: auditedRow(before),
        after: auditedRow(after),
        details: { failed: result.checks.filter((c) => !c.passed).map((c) => c.message), reason: req.reason },
      },
      { head: auditHead! },
    );
  });
}
