import type { Kysely, Transaction } from 'kysely';
import type { IndicatorTemplateInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertTemplateReferences } from './check-template';
import { findTemplate, type TemplateWithDefinitions } from './indicator.repository';
import { assertCanEditTemplate } from './indicator.policy';
import { templateVisible } from './reading-scope';

async function insertVersion(
  trx: Transaction<DB>,
  auth: UseCaseContext['auth'],
  input: IndicatorTemplateInput,
  line: { familyId: number | null; revision: number },
): Promise<number> {
  const row = await trx
    .insertInto('indicator_template')
    .values({
      region_code: auth.regionCode,
      family_id: line.familyId,
      name: input.name,
      description: input.description,
      revision: line.revision,
      current: true,
      built_in: false,
      created_by: auth.userId,
      updated_by: auth.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (line.familyId === null) {
    await trx.updateTable('indicator_template').set({ family_id: row.id }).where('id', '=', row.id).execute();
  }
  await trx
    .insertInto('indicator_definition')
    .values(input.definitions.map((d, i) => ({ ...d, template_id: row.id, position: i + 1 })))
    .execute();
  return row.id;
}

/** Copies a template the user sees into a new template of their region (version 1), with the given content. */
export async function copyTemplate(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  sourceId: number,
  input: IndicatorTemplateInput,
): Promise<TemplateWithDefinitions> {
  const source = await findTemplate(db, sourceId);
  if (!source || !(source.built_in || templateVisible(auth, source.region_code))) throw notFound('指标模板');
  assertTemplateReferences(input);
  const id = await db.transaction().execute(async (trx) => {
    const created = await insertVersion(trx, auth, input, { familyId: null, revision: 1 });
    await writeAudit(trx, actor, {
      action: 'indicator.template.copy',
      objectType: 'indicator_template',
      objectId: created,
      regionCode: auth.regionCode,
      details: { from: sourceId },
      after: input,
    });
    return created;
  });
  return (await findTemplate(db, id))!;
}

/**
 * Edits a template of the user's region by writing its next version (the old one stays readable, no longer
 * current). The caller names the version it read: an edit of a superseded version is a 409.
 */
export async function editTemplate(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  input: IndicatorTemplateInput & { version: number },
): Promise<TemplateWithDefinitions> {
  const before = await findTemplate(db, id);
  if (!before || !(before.built_in || templateVisible(auth, before.region_code))) throw notFound('指标模板');
  assertCanEditTemplate(auth, before);
  assertTemplateReferences(input);
  const created = await db.transaction().execute(async (trx) => {
    const superseded = await trx
      .updateTable('indicator_template')
      .set({ current: false })
      .where('id', '=', id)
      .where('current', '=', true)
      .where('revision', '=', input.version)
      .executeTakeFirst();
    if (Number(superseded.numUpdatedRows) !== 1) throw versionConflict('指标模板');
    const next = await insertVersion(trx, auth, input, { familyId: before.family_id, revision: before.revision + 1 });
    await writeAudit(trx, actor, {
      action: 'indicator.template.version',
      objectType: 'indicator_template',
      objectId: next,
      regionCode: auth.regionCode,
      details: { previous: id, revision: before.revision + 1 },
      before: { name: before.name, definitions: before.definitions },
      after: input,
    });
    return next;
  });
  if (!created) throw new AppError('INTERNAL', '指标模板保存失败');
  return (await findTemplate(db, created))!;
}
