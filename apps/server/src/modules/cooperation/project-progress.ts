import type { Kysely } from 'kysely';
import {
  COOP_PROJECT_STATE_LABELS,
  COOPERATION_DICTS,
  type CoopProjectState,
  type TCoopMilestoneInput,
  type TCoopOutputInput,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { assertDictValue } from './cooperation-refs';
import { assertCanReport } from './cooperation.policy';
import { readProject } from './project-writes';
import type { ProjectRow } from './project.repository';

/** Progress is reported while a project runs (签约, 实施中); an ended project's record is closed (409). */
async function openProject(db: Kysely<DB>, ctx: UseCaseContext, projectId: number) {
  const p = await readProject(db, ctx.auth, projectId);
  const { byEnterprise } = assertCanReport(ctx.auth, p);
  if (p.status === 'concluded' || p.status === 'terminated') {
    throw new AppError(
      'CONFLICT',
      `合作项目“${p.name}”已${COOP_PROJECT_STATE_LABELS[p.status as CoopProjectState]}，不能再填报里程碑或成果`,
    );
  }
  return { p, byEnterprise };
}

const doneEvent = (p: ProjectRow, title: string, actualOn: string) => ({
  enterpriseId: p.enterprise_id,
  regionCode: p.region_code,
  module: 'cooperation' as const,
  kind: 'milestone-done',
  title: `合作项目里程碑完成：${p.name} · ${title}`,
  detail: `完成日期 ${actualOn}`,
  ref: { type: 'cooperation_project', id: p.id },
});

/** Adds a milestone to a running project (staff of its region, or the enterprise on its own project); audited. */
export async function addMilestone(db: Kysely<DB>, ctx: UseCaseContext, projectId: number, m: TCoopMilestoneInput) {
  const { p, byEnterprise } = await openProject(db, ctx, projectId);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('cooperation_milestone')
      .values({
        project_id: p.id,
        region_code: p.region_code,
        title: m.title,
        planned_on: m.plannedOn,
        actual_on: m.actualOn ?? null,
        done: m.done ?? false,
        note: m.note ?? null,
        updated_by: ctx.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const events = row.done ? [enterpriseEventInsert(trx, ctx.actor, doneEvent(p, row.title, row.actual_on!))] : [];
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'cooperation.milestone.create',
        objectType: 'cooperation_project',
        objectId: p.id,
        regionCode: p.region_code,
        after: row,
        details: { byEnterprise },
      },
      { alongside: events },
    );
    return row;
  });
}

/** Reports a milestone's progress (actual date, done, note); the first report of done goes on the timeline. */
export async function updateMilestone(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  projectId: number,
  milestoneId: number,
  m: TCoopMilestoneInput,
) {
  const { p, byEnterprise } = await openProject(db, ctx, projectId);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('cooperation_milestone')
      .selectAll()
      .where('id', '=', milestoneId)
      .where('project_id', '=', p.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('里程碑');
    const after = await trx
      .updateTable('cooperation_milestone')
      .set({
        title: m.title,
        planned_on: m.plannedOn,
        actual_on: m.actualOn ?? null,
        done: m.done ?? false,
        note: m.note ?? null,
        updated_at: new Date(),
        updated_by: ctx.actor.id,
      })
      .where('id', '=', milestoneId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const events =
      after.done && !before.done
        ? [enterpriseEventInsert(trx, ctx.actor, doneEvent(p, after.title, after.actual_on!))]
        : [];
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'cooperation.milestone.update',
        objectType: 'cooperation_project',
        objectId: p.id,
        regionCode: p.region_code,
        before,
        after,
        details: { byEnterprise },
      },
      { alongside: events },
    );
    return after;
  });
}

/** Registers an output of a running project (patent, new product, standard, paper, people trained); audited. */
export async function addOutput(db: Kysely<DB>, ctx: UseCaseContext, projectId: number, o: TCoopOutputInput) {
  const { p, byEnterprise } = await openProject(db, ctx, projectId);
  return db.transaction().execute(async (trx) => {
    const kindLabel = await assertDictValue(trx, COOPERATION_DICTS.outputKind, o.kind, 'kind', '成果类型');
    const row = await trx
      .insertInto('cooperation_output')
      .values({
        project_id: p.id,
        region_code: p.region_code,
        kind: o.kind,
        title: o.title,
        count: o.count,
        achieved_on: o.achievedOn,
        achievement_id: o.achievementId ?? null,
        created_by: ctx.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'cooperation.output.create',
        objectType: 'cooperation_project',
        objectId: p.id,
        regionCode: p.region_code,
        after: row,
        details: { byEnterprise },
      },
      {
        alongside: [
          enterpriseEventInsert(trx, ctx.actor, {
            enterpriseId: p.enterprise_id,
            regionCode: p.region_code,
            module: 'cooperation',
            kind: 'output',
            title: `合作项目成果：${p.name} · ${kindLabel}《${row.title}》`,
            detail: `数量 ${row.count}；取得日期 ${row.achieved_on}`,
            ref: { type: 'cooperation_project', id: p.id },
          }),
        ],
      },
    );
    return { ...row, kind_label: kindLabel };
  });
}

/**
 * Links an output to its 科技成果 registration (the achievement module's record id) or unlinks it (null). Allowed
 * on ended projects too: the registration often comes after 结题. The id is kept as given (the achievement
 * module's table is not this module's to read).
 */
export async function linkOutputAchievement(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  projectId: number,
  outputId: number,
  achievementId: number | null,
) {
  const p = await readProject(db, ctx.auth, projectId);
  const { byEnterprise } = assertCanReport(ctx.auth, p);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('cooperation_output')
      .selectAll()
      .where('id', '=', outputId)
      .where('project_id', '=', p.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('合作成果');
    if (achievementId !== null) await assertAchievementOfProject(trx, p, achievementId);
    const after = await trx
      .updateTable('cooperation_output')
      .set({ achievement_id: achievementId })
      .where('id', '=', outputId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, ctx.actor, {
      action: 'cooperation.output.link',
      objectType: 'cooperation_project',
      objectId: p.id,
      regionCode: p.region_code,
      before,
      after,
      details: { byEnterprise },
    });
    return after;
  });
}

/**
 * An output links only to a 科技成果登记 of the project's own enterprise, in the project's county (docs/rules.md
 * §5.10): a mistyped or foreign id is refused naming the field, not stored.
 */
async function assertAchievementOfProject(db: Kysely<DB>, p: ProjectRow, achievementId: number): Promise<void> {
  const a = await db
    .selectFrom('achievement')
    .select(['enterprise_id', 'region_code'])
    .where('id', '=', achievementId)
    .executeTakeFirst();
  if (!a || a.region_code !== p.region_code || a.enterprise_id !== p.enterprise_id) {
    const message = `科技成果登记（编号 ${achievementId}）不存在，或不是本项目企业的成果登记`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'achievementId', message }]);
  }
}
