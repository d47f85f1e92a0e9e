import type { Kysely, Selectable } from 'kysely';
import { COOPERATION_DICTS, type TCoopPartnerInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { assertCounty, assertDictValue } from './cooperation-refs';
import { assertCanRead, assertCanUpdate, assertCanWrite, partnerScope } from './cooperation.policy';
import type { CooperationPartnerTable } from './cooperation.tables';
import { partnerColumns } from './partner-input';
import { findPartner, partnerKindLabel, type PartnerRow } from './partner.repository';
import { regionNameOf } from './region-name';

const WHAT = '合作单位';

/** A second partner of the same name in a county is refused (the import and the reports name partners by name). */
async function assertNameFree(db: Kysely<DB>, regionCode: string, name: string, id?: number): Promise<void> {
  let q = db
    .selectFrom('cooperation_partner')
    .select('id')
    .where('region_code', '=', regionCode)
    .where('name', '=', name);
  if (id) q = q.where('id', '<>', id);
  if (await q.executeTakeFirst()) {
    const message = `单位名称：“${name}”已在合作单位名录中`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'name', message }]);
  }
}

/** One partner, if the user may read it (404 / 403). */
export async function readPartner(db: Kysely<DB>, auth: AuthContext, id: number): Promise<PartnerRow> {
  const row = await findPartner(db, id);
  if (!row) throw notFound(WHAT);
  assertCanRead(partnerScope(auth), row, '该合作单位');
  return row;
}

/** Adds a partner to the county's register; the audit row is the transaction's last write. */
export async function createPartner(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCoopPartnerInput,
): Promise<PartnerRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    await assertDictValue(trx, COOPERATION_DICTS.partnerKind, input.kind, 'kind', '单位类别');
    await assertNameFree(trx, input.regionCode, input.name);
    const row = await trx
      .insertInto('cooperation_partner')
      .values({
        ...partnerColumns(input),
        name: input.name,
        kind: input.kind,
        region_code: input.regionCode,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'cooperation.partner.create',
      objectType: 'cooperation_partner',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findPartner(db, id))!;
}

/** Changes a partner under optimistic locking, decided on the row as it was; audited with before and after. */
export async function updatePartner(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: { id: number; version: number; patch: Partial<TCoopPartnerInput> },
): Promise<PartnerRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      if (patch.kind) await assertDictValue(trx, COOPERATION_DICTS.partnerKind, patch.kind, 'kind', '单位类别');
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<CooperationPartnerTable>>(trx, {
        table: 'cooperation_partner',
        key: 'id',
        id,
        version,
        set: partnerColumns(patch),
        what: WHAT,
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'c', columns: [regionNameOf('c'), partnerKindLabel('c')] },
      });
      assertCanUpdate(auth, before, '该合作单位', patch.regionCode);
      if (patch.name || patch.regionCode) await assertNameFree(trx, after.region_code, after.name, id);
      await writeAudit(
        trx,
        actor,
        {
          action: 'cooperation.partner.update',
          objectType: 'cooperation_partner',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as PartnerRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readPartner(db, auth, id);
    throw e;
  }
}

/** The partner's full contact phone, for staff who call it: every read is audited (docs/rules.md §6.4). */
export async function viewPartnerPhone(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number) {
  const row = await readPartner(db, auth, id);
  await db.transaction().execute(async (trx) => {
    await writeAudit(trx, actor, {
      action: 'cooperation.partner.view-phone',
      objectType: 'cooperation_partner',
      objectId: id,
      regionCode: row.region_code,
    });
  });
  return { contactPhone: row.contact_phone };
}
