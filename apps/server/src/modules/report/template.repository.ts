import type { Kysely } from 'kysely';
import {
  DEFAULT_REPORT_TEMPLATE,
  DEFAULT_TEMPLATE_NAME,
  ZReportTemplateBody,
  type ReportTemplate,
  type ReportTemplateBody,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';

/** The default template, written the first time templates are asked for (a fresh database has none). */
export async function ensureDefaultTemplate(db: Kysely<DB>): Promise<void> {
  const any = await db.selectFrom('report_template').select('id').limit(1).executeTakeFirst();
  if (any) return;
  await db.transaction().execute(async (trx) => {
    const body = JSON.stringify(DEFAULT_REPORT_TEMPLATE);
    const row = await trx
      .insertInto('report_template')
      .values({ name: DEFAULT_TEMPLATE_NAME, version: 1, body, created_by: null, updated_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('report_template_version')
      .values({ template_id: row.id, version: 1, body, created_by: null })
      .execute();
  });
}

type Row = { id: number; name: string; version: number; body: unknown; updated_at: Date };

export const presentTemplate = (r: Row): ReportTemplate => ({
  id: r.id,
  name: r.name,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
  body: ZReportTemplateBody.parse(r.body),
});

export async function listTemplates(db: Kysely<DB>) {
  await ensureDefaultTemplate(db);
  return db.selectFrom('report_template').select(['id', 'name', 'version', 'updated_at']).orderBy('id').execute();
}

export async function readTemplate(db: Kysely<DB>, id?: number): Promise<ReportTemplate> {
  await ensureDefaultTemplate(db);
  const q = db.selectFrom('report_template').select(['id', 'name', 'version', 'body', 'updated_at']);
  const row = await (id === undefined ? q.orderBy('id').limit(1) : q.where('id', '=', id)).executeTakeFirst();
  if (!row) throw notFound('工作总结模板');
  return presentTemplate(row);
}

/** Writes a template's next version (the caller's transaction), answering the new row. */
export async function writeTemplateVersion(
  trx: Kysely<DB>,
  id: number,
  name: string,
  body: ReportTemplateBody,
  userId: number,
) {
  const json = JSON.stringify(body);
  const row = await trx
    .updateTable('report_template')
    .set((eb) => ({ name, body: json, version: eb('version', '+', 1), updated_at: new Date(), updated_by: userId }))
    .where('id', '=', id)
    .returning(['id', 'name', 'version', 'body', 'updated_at'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('report_template_version')
    .values({ template_id: id, version: row.version, body: json, created_by: userId })
    .execute();
  return row;
}
