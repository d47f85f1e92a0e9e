import type { Kysely, Selectable } from 'kysely';
import type { TCommissionerInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { auditedRow } from './audited-row';
import { checkCommissioner, commissionerColumns } from './commissioner-input';
import { assertCanChange } from './commissioner.policy';
import { regionNameOf, usernameOf, type CommissionerRow } from './commissioner.repository';
import type { CommissionerTable } from './commissioner.tables';
import { readCommissioner } from './read-commissioner';

export interface CommissionerChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TCommissionerInput>;
}

/** The record's fields as an input, so a partial edit is checked as the whole record it leaves. */
const asInput = (r: CommissionerRow) =>
  ({
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    titleLevel: r.title_level,
    unitName: r.unit_name,
    unitKind: r.unit_kind,
    level: r.level,
    batch: r.batch,
    termStart: r.term_start,
    termEnd: r.term_end,
    regionCode: r.region_code,
  }) as TCommissionerInput;

/**
 * Changes a commissioner under optimistic locking (a stale version is 409 and writes nothing), checked as the
 * whole record it leaves; the ID number, when given, is sealed again. A changed term start without an end moves
 * the end with the level's term_years. Access is decided on the row as it was; the audit row is last.
 */
export async function updateCommissioner(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: CommissionerChange,
): Promise<CommissionerRow> {
  const { id, version, patch } = change;
  const current = await readCommissioner(db, auth, id);
  assertCanChange(auth, current, patch.regionCode);
  try {
    return await db.transaction().execute(async (trx) => {
      const startMoved = patch.termStart !== undefined && patch.termEnd === undefined;
      const full = { ...asInput(current), ...patch, ...(startMoved ? { termEnd: null } : {}) };
      // A new birth date must still match the stored ID number (opened here only to compare, never answered).
      const idNumber = patch.idNumber ?? (patch.birthDate ? personalData().open(current.id_number_sealed) : null);
      const { termEnd } = await checkCommissioner(trx, full, patch, idNumber, id);
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<CommissionerTable>>(trx, {
        table: 'commissioner',
        key: 'id',
        id,
        version,
        set: { ...commissionerColumns(patch), term_end: termEnd },
        what: '科技特派员',
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'c', columns: [regionNameOf('c'), usernameOf('c')] },
      });
      assertCanChange(auth, before, patch.regionCode);
      await writeAudit(
        trx,
        actor,
        {
          action: 'commissioner.update',
          objectType: 'commissioner',
          objectId: id,
          regionCode: after.region_code,
          before: auditedRow(before),
          after: auditedRow(after),
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as CommissionerRow;
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readCommissioner(db, auth, id);
    throw e;
  }
}
