import type { Kysely, Selectable } from 'kysely';
import { COOPERATION_DICTS, PROJECT_END_BEFORE_START, type TCoopProjectInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { historyInsert } from './cooperation-history';
import {
  assertAgreementFor,
  assertCounty,
  assertDictValue,
  assertEnterpriseOf,
  assertPartnerFor,
} from './cooperation-refs';
import { assertCanRead, assertCanUpdate, assertCanWrite, cooperationScope } from './cooperation.policy';
import type { CooperationProjectTable } from './cooperation.tables';
import { findProject, projectNames, type ProjectRow } from './project.repository';

const WHAT = '合作项目';

export function projectColumns(input: Partial<TCoopProjectInput>) {
  return {
    name: input.name,
    enterprise_id: input.enterpriseId,
    partner_id: input.partnerId,
    agreement_id: input.agreementId,
    field: input.field,
    start_on: input.startOn,
    end_on: input.endOn,
    enterprise_amount: input.enterpriseAmount,
    partner_amount: input.partnerAmount,
    government_amount: input.governmentAmount,
    content: input.content,
    region_code: input.regionCode,
    remark: input.remark,
  };
}

/** One project, if the user may read it (404; 403 for another county or another enterprise). */
export async function readProject(db: Kysely<DB>, auth: AuthContext, id: number): Promise<ProjectRow> {
  const row = await findProject(db, id);
  if (!row) throw notFound(WHAT);
  assertCanRead(cooperationScope(auth), row, '该合作项目');
  return row;
}

/** A project ends on or after the day it starts (400 naming 结束日期). */
function assertProjectDates(startOn: string, endOn: string): void {
  if (endOn >= startOn) return;
  throw new AppError('VALIDATION_FAILED', `结束日期：${PROJECT_END_BEFORE_START}`, [
    { field: 'endOn', message: PROJECT_END_BEFORE_START },
  ]);
}

/** The checks of what a project names, on the fields given (400 naming the field). */
async function assertProjectRefs(db: Kysely<DB>, auth: AuthContext, p: Partial<TCoopProjectInput>, region: string) {
  if (p.field) await assertDictValue(db, COOPERATION_DICTS.field, p.field, 'field', '合作领域');
  if (p.enterpriseId) await assertEnterpriseOf(db, p.enterpriseId, region);
  if (p.partnerId) await assertPartnerFor(db, auth, p.partnerId, '合作院所');
  if (p.agreementId) await assertAgreementFor(db, auth, p.agreementId);
}

/**
 * Records a signed cooperation project (status 签约) between an enterprise of the county and a partner: the
 * references and dictionary checked, the row and its first history row written, the enterprise's timeline told,
 * the audit row last.
 */
export async function createProject(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCoopProjectInput,
): Promise<ProjectRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    await assertProjectRefs(trx, auth, input, input.regionCode);
    const partner = await assertPartnerFor(trx, auth, input.partnerId, '合作院所');
    const row = await trx
      .insertInto('cooperation_project')
      .values({
        ...projectColumns(input),
        name: input.name,
        enterprise_id: input.enterpriseId,
        partner_id: input.partnerId,
        field: input.field,
        start_on: input.startOn,
        end_on: input.endOn,
        region_code: input.regionCode,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      actor,
      {
        action: 'cooperation.project.create',
        objectType: 'cooperation_project',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      {
        alongside: [
          historyInsert(trx, actor, {
            regionCode: row.region_code,
            subject: 'project',
            id: row.id,
            from: null,
            to: 'signed',
          }),
          enterpriseEventInsert(trx, actor, {
            enterpriseId: row.enterprise_id,
            regionCode: row.region_code,
            module: 'cooperation',
            kind: 'project-signed',
            title: `签订合作项目：${row.name}`,
            detail: `合作院所：${partner.name}；${row.start_on} 至 ${row.end_on}`,
            ref: { type: 'cooperation_project', id: row.id },
          }),
        ],
      },
    );
    return row.id;
  });
  return (await findProject(db, id))!;
}

/** Changes a project's fields (not its status) under optimistic locking; dates re-checked on the merged row. */
export async function updateProject(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: { id: number; version: number; patch: Partial<TCoopProjectInput> },
): Promise<ProjectRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      if (patch.startOn || patch.endOn) {
        // The dates are checked on the record as it will be, before the table's own check could refuse it (500).
        const cur = await trx
          .selectFrom('cooperation_project')
          .select(['region_code', 'enterprise_id', 'start_on', 'end_on'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (cur) {
          assertCanUpdate(auth, cur, '该合作项目', patch.regionCode);
          assertProjectDates(patch.startOn ?? cur.start_on, patch.endOn ?? cur.end_on);
        }
      }
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<CooperationProjectTable>>(trx, {
        table: 'cooperation_project',
        key: 'id',
        id,
        version,
        set: projectColumns(patch),
        what: WHAT,
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'p', columns: projectNames('p') },
      });
      assertCanUpdate(auth, before, '该合作项目', patch.regionCode);
      await assertProjectRefs(trx, auth, patch, after.region_code);
      if (patch.regionCode && !patch.enterpriseId) {
        await assertEnterpriseOf(trx, after.enterprise_id, after.region_code);
      }
      await writeAudit(
        trx,
        actor,
        {
          action: 'cooperation.project.update',
          objectType: 'cooperation_project',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as ProjectRow;
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readProject(db, auth, id);
    throw e;
  }
}
