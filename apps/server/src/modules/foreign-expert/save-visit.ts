import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TForeignExpertVisitInput } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { assertCounty, assertEnterprises, assertExperts, assertTalentBase } from './foreign-expert-refs';
import { assertCanUpdate, assertCanWrite } from './foreign-expert.policy';
import type { ForeignExpertVisitTable } from './foreign-expert.tables';
import { readVisit } from './read-foreign-expert';
import { findVisit, type VisitRow } from './visit.repository';

/** The checks of everything the visit names (docs/rules.md §5.7): 400 naming the field, before any write. */
async function checkRefs(trx: Kysely<DB>, ctx: UseCaseContext, input: TForeignExpertVisitInput) {
  await assertCounty(trx, input.regionCode);
  const experts = await assertExperts(trx, ctx.auth, input.expertIds);
  const enterprises = await assertEnterprises(trx, ctx.auth, input.enterpriseIds);
  if (input.talentBaseId) await assertTalentBase(trx, ctx.auth, input.talentBaseId);
  return { experts, enterprises };
}

async function writeLinks(trx: Transaction<DB>, visitId: number, input: TForeignExpertVisitInput) {
  await trx.deleteFrom('foreign_expert_visit_expert').where('visit_id', '=', visitId).execute();
  await trx.deleteFrom('foreign_expert_visit_enterprise').where('visit_id', '=', visitId).execute();
  await trx
    .insertInto('foreign_expert_visit_expert')
    .values(input.expertIds.map((expert_id) => ({ visit_id: visitId, expert_id })))
    .execute();
  await trx
    .insertInto('foreign_expert_visit_enterprise')
    .values(input.enterpriseIds.map((enterprise_id) => ({ visit_id: visitId, enterprise_id })))
    .execute();
}

/** One timeline event per served enterprise, sent with the audit append. */
function events(
  trx: Transaction<DB>,
  actor: Actor,
  visitId: number,
  input: TForeignExpertVisitInput,
  refs: { experts: { name: string }[]; enterprises: { id: number; region_code: string }[] },
  kind: 'visit' | 'visit-updated',
) {
  const names = refs.experts.map((x) => x.name).join('、');
  return refs.enterprises.map((e) =>
    enterpriseEventInsert(trx, actor, {
      enterpriseId: e.id,
      regionCode: e.region_code,
      module: 'foreign-expert',
      kind,
      title: `${kind === 'visit' ? '外国专家来访指导' : '修改外国专家来访指导'}：${names}`,
      detail: `${input.startOn} 至 ${input.endOn}；${input.topics}`,
      ref: { type: 'foreign_expert_visit', id: visitId },
    }),
  );
}

/** Records a visit with its experts and served enterprises; each enterprise's timeline gets an event; audited last. */
export async function createVisit(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  input: TForeignExpertVisitInput,
): Promise<VisitRow> {
  const { auth, actor } = ctx;
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    const refs = await checkRefs(trx, ctx, input);
    const row = await trx
      .insertInto('foreign_expert_visit')
      .values({
        region_code: input.regionCode,
        start_on: input.startOn,
        end_on: input.endOn,
        topics: input.topics,
        results: input.results ?? null,
        talent_base_id: input.talentBaseId ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeLinks(trx, row.id, input);
    await writeAudit(
      trx,
      actor,
      {
        action: 'foreign-expert.visit.create',
        objectType: 'foreign_expert_visit',
        objectId: row.id,
        regionCode: row.region_code,
        after: { ...row, expertIds: input.expertIds, enterpriseIds: input.enterpriseIds },
      },
      { alongside: events(trx, actor, row.id, input, refs, 'visit') },
    );
    return row.id;
  });
  return (await findVisit(db, id))!;
}

/** Rewrites a visit (all its fields and links) under optimistic locking; audited with before and after. */
export async function updateVisit(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  change: { id: number; version: number; input: TForeignExpertVisitInput },
): Promise<VisitRow> {
  const { auth, actor } = ctx;
  const { id, version, input } = change;
  try {
    await db.transaction().execute(async (trx) => {
      const current = await findVisit(trx, id);
      if (current) assertCanUpdate(auth, current, input.regionCode);
      const refs = await checkRefs(trx, ctx, input);
      const { before, after, auditHead } = await updateVersioned<Selectable<ForeignExpertVisitTable>>(trx, {
        table: 'foreign_expert_visit',
        key: 'id',
        id,
        version,
        set: {
          region_code: input.regionCode,
          start_on: input.startOn,
          end_on: input.endOn,
          topics: input.topics,
          results: input.results ?? null,
          talent_base_id: input.talentBaseId ?? null,
        },
        what: '来访指导记录',
        userId: actor.id,
        auditChain: 'region_code',
      });
      assertCanUpdate(auth, before, input.regionCode);
      await writeLinks(trx, id, input);
      await writeAudit(
        trx,
        actor,
        {
          action: 'foreign-expert.visit.update',
          objectType: 'foreign_expert_visit',
          objectId: id,
          regionCode: after.region_code,
          before: {
            ...before,
            expertIds: current?.experts.map((x) => x.id),
            enterpriseIds: current?.enterprises.map((e) => e.id),
          },
          after: { ...after, expertIds: input.expertIds, enterpriseIds: input.enterpriseIds },
        },
        { head: auditHead!, alongside: events(trx, actor, id, input, refs, 'visit-updated') },
      );
    });
    return (await findVisit(db, id))!;
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readVisit(db, auth, id);
    throw e;
  }
}
