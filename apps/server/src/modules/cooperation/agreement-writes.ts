import type { Kysely, OperationNodeSource, Selectable, Transaction } from 'kysely';
import {
  agreementProblems,
  AGREEMENT_STATE_LABELS,
  COOPERATION_DICTS,
  type AgreementState,
  type TCoopAgreementInput,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { agreementNames, findAgreement, type AgreementRow } from './agreement.repository';
import { historyInsert } from './cooperation-history';
import { assertCounty, assertDictValue, assertEnterpriseOf, assertPartnerFor, namesOf } from './cooperation-refs';
import { assertCanRead, assertCanUpdate, assertCanWrite, cooperationScope } from './cooperation.policy';
import type { CooperationAgreementTable } from './cooperation.tables';

const WHAT = '合作协议';

export function agreementColumns(input: Partial<TCoopAgreementInput>) {
  return {
    title: input.title,
    type: input.type,
    gov_party: input.govParty,
    enterprise_id: input.enterpriseId,
    partner_id: input.partnerId,
    signed_on: input.signedOn,
    end_on: input.endOn,
    scope: input.scope,
    region_code: input.regionCode,
    remark: input.remark,
  };
}

/** One agreement, if the user may read it (404; 403 for another county or another enterprise). */
export async function readAgreement(db: Kysely<DB>, auth: AuthContext, id: number): Promise<AgreementRow> {
  const row = await findAgreement(db, id);
  if (!row) throw notFound(WHAT);
  assertCanRead(cooperationScope(auth), row, '该合作协议');
  return row;
}

/** The checks of the records an agreement names, on the record as it will be (400 naming the field). */
async function assertAgreementRefs(db: Kysely<DB>, auth: AuthContext, a: Partial<TCoopAgreementInput>, region: string) {
  if (a.type) await assertDictValue(db, COOPERATION_DICTS.agreementType, a.type, 'type', '协议类型');
  if (a.enterpriseId) await assertEnterpriseOf(db, a.enterpriseId, region, '签约企业');
  if (a.partnerId) await assertPartnerFor(db, auth, a.partnerId);
}

/** The timeline event of the signing enterprise, if one signed: to go with the audit append. */
function signedEvent(
  trx: Transaction<DB>,
  actor: Actor,
  row: Selectable<CooperationAgreementTable>,
  partner: string | null,
) {
  if (!row.enterprise_id) return [];
  return [
    enterpriseEventInsert(trx, actor, {
      enterpriseId: row.enterprise_id,
      regionCode: row.region_code,
      module: 'cooperation',
      kind: 'agreement-signed',
      title: `签订合作协议：${row.title}`,
      detail: [partner ? `合作单位：${partner}` : null, `期限至 ${row.end_on}`].filter(Boolean).join('；'),
      ref: { type: 'cooperation_agreement', id: row.id },
    }),
  ];
}

/**
 * Records a signed agreement (status 签订) in a county of the user's region: the parties and dictionary checked,
 * the row and its first history row written, the signing enterprise's timeline told, the audit row last.
 */
export async function createAgreement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCoopAgreementInput,
): Promise<AgreementRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    await assertAgreementRefs(trx, auth, input, input.regionCode);
    const row = await trx
      .insertInto('cooperation_agreement')
      .values({
        ...agreementColumns(input),
        title: input.title,
        type: input.type,
        signed_on: input.signedOn,
        end_on: input.endOn,
        region_code: input.regionCode,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const { partnerName } = await namesOf(trx, null, row.partner_id);
    await writeAudit(
      trx,
      actor,
      {
        action: 'cooperation.agreement.create',
        objectType: 'cooperation_agreement',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      {
        alongside: [
          historyInsert(trx, actor, {
            regionCode: row.region_code,
            subject: 'agreement',
            id: row.id,
            from: null,
            to: 'signed',
          }),
          ...signedEvent(trx, actor, row, partnerName),
        ],
      },
    );
    return row.id;
  });
  return (await findAgreement(db, id))!;
}

/** Changes an agreement's fields (not its status) under optimistic locking; the parties and term re-checked. */
export async function updateAgreement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: { id: number; version: number; patch: Partial<TCoopAgreementInput> },
): Promise<AgreementRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      // The term and parties are checked on the record as it will be, before the table's own check could refuse
      // it (500); the row is locked, and access decided on it first.
      const cur = await trx
        .selectFrom('cooperation_agreement')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (cur) {
        assertCanUpdate(auth, cur, '该合作协议', patch.regionCode);
        const problems = agreementProblems({
          signedOn: patch.signedOn ?? cur.signed_on,
          endOn: patch.endOn ?? cur.end_on,
          govParty: patch.govParty === undefined ? cur.gov_party : patch.govParty,
          enterpriseId: patch.enterpriseId === undefined ? cur.enterprise_id : patch.enterpriseId,
          partnerId: patch.partnerId === undefined ? cur.partner_id : patch.partnerId,
        });
        if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0].message, problems);
      }
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<CooperationAgreementTable>>(trx, {
        table: 'cooperation_agreement',
        key: 'id',
        id,
        version,
        set: agreementColumns(patch),
        what: WHAT,
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'a', columns: agreementNames('a') },
      });
      assertCanUpdate(auth, before, '该合作协议', patch.regionCode);
      await assertAgreementRefs(trx, auth, patch, after.region_code);
      await writeAudit(
        trx,
        actor,
        {
          action: 'cooperation.agreement.update',
          objectType: 'cooperation_agreement',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as AgreementRow;
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readAgreement(db, auth, id);
    throw e;
  }
}

/** The timeline event of an agreement's move, for the signing enterprise. */
export function agreementMoveEvent(
  trx: Transaction<DB>,
  actor: Actor,
  a: { id: number; title: string; region_code: string; enterprise_id: number | null },
  from: AgreementState,
  to: AgreementState,
  reason: string | null,
): OperationNodeSource[] {
  if (!a.enterprise_id) return [];
  return [
    enterpriseEventInsert(trx, actor, {
      enterpriseId: a.enterprise_id,
      regionCode: a.region_code,
      module: 'cooperation',
      kind: `agreement-${to}`,
      title: `合作协议${AGREEMENT_STATE_LABELS[to]}：${a.title}`,
      detail: [`${AGREEMENT_STATE_LABELS[from]} → ${AGREEMENT_STATE_LABELS[to]}`, reason].filter(Boolean).join('；'),
      ref: { type: 'cooperation_agreement', id: a.id },
    }),
  ];
}
