import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { TCallInput, ZUpdateCallRequest } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';

type CallPatch = Omit<z.infer<typeof ZUpdateCallRequest>, 'version'>;

function columns(input: Partial<TCallInput> | CallPatch) {
  return {
    title: input.title,
    category: input.category,
    level: input.level,
    year: input.year,
    opens_at: input.opensAt,
    closes_at: input.closesAt,
    guide: input.guide,
    form: input.form === undefined ? undefined : JSON.stringify(input.form),
    criteria: input.criteria === undefined ? undefined : JSON.stringify(input.criteria),
    min_experts: input.minExperts,
    outlier_rule: input.outlierRule,
    outlier_sd: input.outlierSd === undefined ? undefined : input.outlierSd,
  };
}

/** Checks the call's category against the `project_category` dictionary. */
export async function assertCategory(trx: Transaction<DB>, category: string | undefined): Promise<void> {
  if (!category) return;
  const item = await trx
    .selectFrom('dict_item')
    .select('id')
    .where('type_code', '=', 'project_category')
    .where('value', '=', category)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!item) {
    throw new AppError('VALIDATION_FAILED', `项目类别“${category}”不在字典“项目类别”中`, [
      { field: 'category', message: '请从字典中选择' },
    ]);
  }
}

/** Creates a call (批次) as a draft in the staff member's county. */
export async function createCall(
  trx: Transaction<DB>,
  actor: Actor,
  regionCode: string,
  input: TCallInput,
): Promise<number> {
  await assertCategory(trx, input.category);
  if (input.outlierRule === 'drop-beyond-n-sd' && !input.outlierSd) {
    throw new AppError('VALIDATION_FAILED', '按标准差剔除时须填写 N', [{ field: 'outlierSd', message: '请填写 N' }]);
  }
  const c = columns(input);
  const row = await trx
    .insertInto('project_call')
    .values({
      ...c,
      region_code: regionCode,
      title: input.title,
      category: input.category,
      level: input.level,
      year: input.year,
      opens_at: input.opensAt,
      closes_at: input.closesAt,
      form: c.form!,
      criteria: c.criteria!,
      outlier_sd: input.outlierSd ?? null,
      ranking_confirmed_at: null,
      ranking_confirmed_by: null,
      ranking_snapshot: null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, actor, {
    action: 'project.call.create',
    objectType: 'project_call',
    objectId: row.id,
    regionCode,
    after: row,
  });
  return row.id;
}

/** Changes a call under optimistic locking; review rules are fixed once an expert has submitted scores. */
export async function updateCall(
  trx: Transaction<DB>,
  actor: Actor,
  id: number,
  version: number,
  patch: CallPatch,
): Promise<void> {
  await assertCategory(trx, patch.category);
  if (
    patch.criteria !== undefined ||
    patch.outlierRule !== undefined ||
    patch.outlierSd !== undefined ||
    patch.minExperts !== undefined
  ) {
    const scored = await trx
      .selectFrom('review_assignment as r')
      .innerJoin('project_application as a', 'a.id', 'r.application_id')
      .select('r.id')
      .where('a.call_id', '=', id)
      .where('r.status', '=', 'submitted')
      .executeTakeFirst();
    if (scored) throw new AppError('CONFLICT', '已有专家提交评分，不能再修改评审指标、专家人数和异常分规则');
  }
  if (patch.opensAt !== undefined || patch.closesAt !== undefined) {
    const cur = await trx
      .selectFrom('project_call')
      .select(['opens_at', 'closes_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    const opens = Date.parse(patch.opensAt ?? String(cur?.opens_at.toISOString()));
    const closes = Date.parse(patch.closesAt ?? String(cur?.closes_at.toISOString()));
    if (cur && closes <= opens) {
      throw new AppError('VALIDATION_FAILED', '截止时间须晚于开始时间', [
        { field: 'closesAt', message: '截止时间须晚于开始时间' },
      ]);
    }
  }
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'project_call',
    key: 'id',
    id,
    version,
    set: columns(patch),
    what: '项目批次',
    userId: actor.id,
  });
  await writeAudit(trx, actor, {
    action: 'project.call.update',
    objectType: 'project_call',
    objectId: id,
    regionCode: String(after.region_code),
    before,
    after,
  });
}

/** Publishes a call so enterprises can see it and apply while it is open. */
export async function publishCall(trx: Transaction<DB>, actor: Actor, id: number, version: number): Promise<void> {
  const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
    table: 'project_call',
    key: 'id',
    id,
    version,
    set: { status: 'published' },
    what: '项目批次',
    userId: actor.id,
  });
  if (before.status === 'published') throw new AppError('CONFLICT', '该批次已发布');
  await writeAudit(trx, actor, {
    action: 'project.call.publish',
    objectType: 'project_call',
    objectId: id,
    regionCode: String(after.region_code),
    before,
    after,
  });
}
