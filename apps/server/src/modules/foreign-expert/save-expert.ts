import type { Kysely, Selectable } from 'kysely';
import { maskPassport, type TForeignExpertInputParsed } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { expertExtras, expertWithPassport, findExpert, type ExpertRow } from './expert.repository';
import { assertCountry, assertCounty, assertTalentBase } from './foreign-expert-refs';
import { assertCanUpdate, assertCanWrite } from './foreign-expert.policy';
import type { ForeignExpertTable } from './foreign-expert.tables';
import { readExpert } from './read-foreign-expert';

type ExpertPatch = Partial<TForeignExpertInputParsed>;

/** The sealed passport columns (docs/rules.md §6.4): never the number itself. */
function passportColumns(passportNo: string) {
  const cipher = personalData();
  return {
    passport_sealed: cipher.seal(passportNo),
    passport_digest: cipher.digest(passportNo),
    passport_masked: maskPassport(passportNo)!,
  };
}

function columnsOf(input: ExpertPatch) {
  return {
    name: input.name,
    name_zh: input.nameZh,
    region_code: input.regionCode,
    country: input.country,
    field: input.field,
    employer: input.employer,
    phone: input.phone,
    email: input.email,
    work_permit_no: input.workPermitNo,
    talent_base_id: input.talentBaseId,
    remark: input.remark,
  };
}

/** What an audit row keeps of an expert: no seal, the mask stands for the number. */
const audited = ({ passport_sealed: _s, passport_digest: _d, ...rest }: Record<string, unknown>) => rest;

async function checkRefs(trx: Kysely<DB>, ctx: UseCaseContext, input: ExpertPatch, regionCode: string, id?: number) {
  if (input.regionCode) await assertCounty(trx, input.regionCode);
  if (input.country) await assertCountry(trx, input.country);
  if (input.talentBaseId) await assertTalentBase(trx, ctx.auth, input.talentBaseId);
  if (input.passportNo) {
    const twin = await expertWithPassport(trx, regionCode, personalData().digest(input.passportNo), id);
    if (twin) {
      const message = `护照号码：与已登记的专家“${twin.name}”相同，请勿重复登记`;
      throw new AppError('VALIDATION_FAILED', message, [{ field: 'passportNo', message }]);
    }
  }
}

/** Registers an expert in a county of the user's region; the passport sealed; audited last (docs/rules.md §5.7). */
export async function createExpert(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  input: TForeignExpertInputParsed,
): Promise<ExpertRow> {
  const { auth, actor } = ctx;
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await checkRefs(trx, ctx, input, input.regionCode);
    const row = await trx
      .insertInto('foreign_expert')
      .values({
        ...columnsOf(input),
        ...passportColumns(input.passportNo),
        name: input.name,
        region_code: input.regionCode,
        country: input.country,
        field: input.field,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'foreign-expert.expert.create',
      objectType: 'foreign_expert',
      objectId: row.id,
      regionCode: row.region_code,
      after: audited(row),
    });
    return row.id;
  });
  return (await findExpert(db, id))!;
}

/** Changes an expert under optimistic locking; access decided on the row as it was; audited with before and after. */
export async function updateExpert(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  change: { id: number; version: number; patch: ExpertPatch },
): Promise<ExpertRow> {
  const { auth, actor } = ctx;
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await findExpert(trx, id);
      if (current) {
        assertCanUpdate(auth, current, patch.regionCode);
        await checkRefs(trx, ctx, patch, patch.regionCode ?? current.region_code, id);
      }
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<ForeignExpertTable>>(trx, {
        table: 'foreign_expert',
        key: 'id',
        id,
        version,
        set: { ...columnsOf(patch), ...(patch.passportNo ? passportColumns(patch.passportNo) : {}) },
        what: '外国专家',
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'r', columns: expertExtras('r') },
      });
      assertCanUpdate(auth, before, patch.regionCode);
      await writeAudit(
        trx,
        actor,
        {
          action: 'foreign-expert.expert.update',
          objectType: 'foreign_expert',
          objectId: id,
          regionCode: after.region_code,
          before: audited(before),
          after: audited(after),
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as ExpertRow;
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readExpert(db, auth, id);
    throw e;
  }
}
